import { useTranslation } from "../../i18n/use-translation.tsx";
import { InputField, SelectField } from "./fields.tsx";
import { FieldError, type FormErrors } from "./form-errors.tsx";

/** What the organisation configured for its country (issue 17): core CountryRules. */
export type CountryRulesOptions = {
  reflectionPeriodDays: number | null;
  permitTypes: readonly { label: string; tiedToCooperation: boolean }[];
};

/** The value that clears her permit type (an empty choice leaves the recorded one unchanged). */
export const NO_PERMIT_TYPE = "none";

type Props = {
  rules: CountryRulesOptions;
  options: { permitBases: readonly string[]; rightToWork: readonly string[] };
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

/**
 * Her residence permit (issue 21 item 3, issue 17): its type from the organisation's country
 * rules (its basis then follows the configuration), its basis where no type applies, its expiry
 * and her right to work. Plain selects and a date: works without JavaScript.
 */
export function PermitFields({ rules, options, errors, values }: Props) {
  const { t } = useTranslation();
  const v = (name: string) => values?.[name] ?? "";
  const recordedType = v("permitType");
  const recordedIsListed = rules.permitTypes.some((type) => type.label === recordedType);
  return (
    <fieldset className="panel">
      <legend>{t("client.intake.permit")}</legend>
      <p className="hint">{t("client.intake.permitHint")}</p>
      <div className="inline-grid">
        {rules.permitTypes.length > 0 ? (
          <div className="field">
            <label htmlFor="permitType">{t("client.profile.permitType")}</label>
            <p className="hint" id="permitType-hint">
              {t("client.intake.permitTypeHint")}
            </p>
            <FieldError errors={errors} name="permitType" />
            <select
              id="permitType"
              name="permitType"
              defaultValue={recordedIsListed ? recordedType : ""}
              aria-describedby="permitType-hint"
              aria-invalid={errors?.permitType ? true : undefined}
            >
              <option value="">
                {recordedType && !recordedIsListed
                  ? t("client.intake.permitTypeUnchanged", { type: recordedType })
                  : t("client.notRecorded")}
              </option>
              {rules.permitTypes.map((type) => (
                <option key={type.label} value={type.label}>
                  {type.tiedToCooperation ? t("client.intake.permitTypeTied", { type: type.label }) : type.label}
                </option>
              ))}
              {recordedType ? <option value={NO_PERMIT_TYPE}>{t("client.intake.permitTypeNone")}</option> : null}
            </select>
          </div>
        ) : null}
        <SelectField
          name="permitBasis"
          label={t("client.profile.permitBasis")}
          hint={rules.permitTypes.length > 0 ? t("client.intake.permitBasisHint") : undefined}
          options={options.permitBases}
          labelPrefix="client.permitBasis."
          emptyLabel={t("client.notRecorded")}
          errors={errors}
          defaultValue={v("permitBasis")}
        />
        <InputField
          name="permitExpiresOn"
          type="date"
          label={t("client.profile.permitExpiresOn")}
          errors={errors}
          defaultValue={v("permitExpiresOn")}
        />
        <SelectField
          name="rightToWork"
          label={t("client.profile.rightToWork")}
          options={options.rightToWork}
          labelPrefix="client.rightToWork."
          emptyLabel={t("client.notRecorded")}
          errors={errors}
          defaultValue={v("rightToWork")}
        />
      </div>
    </fieldset>
  );
}
