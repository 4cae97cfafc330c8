import { useTranslation } from "../../i18n/use-translation.tsx";
import { CheckField, SelectField } from "./fields.tsx";
import type { FormErrors } from "./form-errors.tsx";
import { type NamedOption, NamedSelect } from "./named-select.tsx";

type Props = {
  options: { interpreterGenders: readonly string[]; interpreterModes: readonly string[] };
  languages: readonly NamedOption[];
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

/** Whether she needs an interpreter and, if so, for which language, whom she accepts and how. */
export function InterpreterFields({ options, languages, errors, values }: Props) {
  const { t } = useTranslation();
  const v = (name: string, fallback = "") => values?.[name] ?? fallback;
  return (
    <fieldset className="panel">
      <legend>{t("client.interpreter.title")}</legend>
      <CheckField
        name="needsInterpreter"
        label={t("client.intake.needsInterpreter")}
        defaultChecked={values?.needsInterpreter === "on"}
        hint={t("client.interpreter.hint")}
      />
      <div className="inline-grid">
        <NamedSelect
          name="interpreterLanguage"
          label={t("client.interpreter.language")}
          options={languages}
          emptyLabel={t("client.notRecorded")}
          errors={errors}
          defaultValue={v("interpreterLanguage")}
        />
        <SelectField
          name="interpreterGender"
          label={t("client.interpreter.gender")}
          options={options.interpreterGenders}
          labelPrefix="client.interpreterGender."
          errors={errors}
          defaultValue={v("interpreterGender", "woman")}
        />
        <SelectField
          name="interpreterMode"
          label={t("client.interpreter.mode")}
          options={options.interpreterModes}
          labelPrefix="client.interpreterMode."
          errors={errors}
          defaultValue={v("interpreterMode", "either")}
        />
      </div>
    </fieldset>
  );
}
