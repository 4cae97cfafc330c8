import { useTranslation } from "../../i18n/use-translation.tsx";
import { CheckField, InputField } from "./fields.tsx";
import { FieldError, type FormErrors } from "./form-errors.tsx";

type Props = {
  options: { contactChannels: readonly string[]; contactTimes: readonly string[] };
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

/**
 * How she may be contacted safely: the channels she agreed to (any other is never used), when,
 * and whether a message may be left. Left empty until she has been asked.
 */
export function SafeContactFields({ options, errors, values }: Props) {
  const { t } = useTranslation();
  const on = (name: string) => values?.[name] === "on";
  return (
    <fieldset
      className="panel"
      id="safeContact"
      aria-describedby={errors?.safeContact ? "safeContact-error safeContact-hint" : "safeContact-hint"}
    >
      <legend>{t("client.safeContact.title")}</legend>
      <p className="hint" id="safeContact-hint">
        {t("client.safeContact.hint")}
      </p>
      <FieldError errors={errors} name="safeContact" />
      <fieldset className="check-group">
        <legend>{t("client.safeContact.channels")}</legend>
        {options.contactChannels.map((channel) => (
          <CheckField
            key={channel}
            name={`channel-${channel}`}
            label={t(`client.contactChannel.${channel}`)}
            defaultChecked={on(`channel-${channel}`)}
          />
        ))}
      </fieldset>
      <fieldset className="check-group">
        <legend>{t("client.safeContact.times")}</legend>
        {options.contactTimes.map((time) => (
          <CheckField
            key={time}
            name={`time-${time}`}
            label={t(`client.contactTime.${time}`)}
            defaultChecked={on(`time-${time}`)}
          />
        ))}
      </fieldset>
      <CheckField
        name="neverLeaveMessage"
        label={t("client.safeContact.neverLeaveMessage")}
        defaultChecked={on("neverLeaveMessage")}
      />
      <InputField
        name="codeWord"
        label={t("client.safeContact.codeWord")}
        hint={t("client.safeContact.codeWordHint")}
        errors={errors}
        defaultValue={values?.codeWord ?? ""}
        maxLength={60}
        autoComplete="off"
        spellCheck={false}
      />
    </fieldset>
  );
}
