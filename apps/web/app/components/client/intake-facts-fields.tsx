import { useTranslation } from "../../i18n/use-translation.tsx";
import { ChildrenFields } from "./children-fields.tsx";
import { CheckField, InputField, SelectField } from "./fields.tsx";
import type { FormErrors } from "./form-errors.tsx";
import { InterpreterFields } from "./interpreter-fields.tsx";
import { type NamedOption, NamedSelect } from "./named-select.tsx";
import { type CountryRulesOptions, PermitFields } from "./permit-fields.tsx";
import { SafeContactFields } from "./safe-contact-fields.tsx";
import { LanguageFields, SituationFields } from "./situation-fields.tsx";

export type IntakeOptions = {
  channels: readonly string[];
  citizenship: readonly string[];
  ageBands: readonly string[];
  legalStatuses: readonly string[];
  identificationStatuses: readonly string[];
  cooperationChoices: readonly string[];
  purposes: readonly string[];
  purposesWithRecipient: readonly string[];
  recordingMethods: readonly string[];
  contactChannels: readonly string[];
  contactTimes: readonly string[];
  interpreterGenders: readonly string[];
  interpreterModes: readonly string[];
  childResidences: readonly string[];
  maxChildren: number;
  chargeStatuses: readonly string[];
  proceedingsStatuses: readonly string[];
  compensationClaimStatuses: readonly string[];
  exploitationForms: readonly string[];
  housingSituations: readonly string[];
  permitBases: readonly string[];
  rightToWork: readonly string[];
  /** The organisation's country rules (reflection period length, permit types). */
  countryRules: CountryRulesOptions;
  /** Countries and languages by name in the reader's language (the server names them). */
  countries: readonly NamedOption[];
  languages: readonly NamedOption[];
};

type Props = { options: IntakeOptions; errors: FormErrors | undefined; values: Record<string, string> | undefined };

/**
 * Her facts at intake: citizenship and nationality, age band, languages, interpreter need,
 * children, how she may be contacted safely, legal situation, her choice on cooperation.
 */
export function IntakeFactsFields({ options, errors, values }: Props) {
  const { t } = useTranslation();
  const v = (name: string, fallback = "") => values?.[name] ?? fallback;
  const on = (name: string) => values?.[name] === "on";
  return (
    <>
      <fieldset className="panel">
        <legend>{t("client.intake.aboutHer")}</legend>
        <div className="inline-grid">
          <SelectField
            name="citizenship"
            label={t("client.profile.citizenship")}
            options={options.citizenship}
            labelPrefix="client.citizenship."
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v("citizenship")}
          />
          <NamedSelect
            name="nationality"
            label={t("client.profile.nationality")}
            hint={t("client.intake.nationalityHint")}
            options={options.countries}
            leading={[{ value: "stateless", label: t("client.nationality.stateless") }]}
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v("nationality")}
          />
          <SelectField
            name="ageBand"
            label={t("client.profile.ageBand")}
            options={options.ageBands}
            labelPrefix="client.ageBand."
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v("ageBand")}
          />
        </div>
        <LanguageFields languages={options.languages} errors={errors} values={values} />
        <CheckField name="isPregnant" label={t("client.intake.isPregnant")} defaultChecked={on("isPregnant")} />
        <CheckField
          name="isInTrainingOrWork"
          label={t("client.intake.isInTrainingOrWork")}
          defaultChecked={on("isInTrainingOrWork")}
        />
      </fieldset>
      <SituationFields options={options} errors={errors} values={values} />
      <InterpreterFields options={options} languages={options.languages} errors={errors} values={values} />
      <ChildrenFields options={options} errors={errors} values={values} />
      <SafeContactFields options={options} errors={errors} values={values} />
      <fieldset className="panel">
        <legend>{t("client.intake.legal")}</legend>
        <div className="inline-grid">
          <SelectField
            name="identificationStatus"
            label={t("client.profile.identification")}
            options={options.identificationStatuses}
            labelPrefix="client.identification."
            errors={errors}
            defaultValue={v("identificationStatus", "not-assessed")}
          />
          <SelectField
            name="legalStatus"
            label={t("client.profile.legalStatus")}
            options={options.legalStatuses}
            labelPrefix="client.legalStatus."
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v("legalStatus")}
          />
          <InputField
            name="reflectionPeriodStart"
            type="date"
            label={t("client.profile.reflectionStart")}
            hint={
              options.countryRules.reflectionPeriodDays === null
                ? undefined
                : t("client.intake.reflectionStartHint", { days: options.countryRules.reflectionPeriodDays })
            }
            errors={errors}
            defaultValue={v("reflectionPeriodStart")}
          />
          <InputField
            name="reflectionPeriodEnd"
            type="date"
            label={t("client.profile.reflectionEnd")}
            hint={t("client.intake.reflectionHint")}
            errors={errors}
            defaultValue={v("reflectionPeriodEnd")}
          />
        </div>
      </fieldset>
      <PermitFields rules={options.countryRules} options={options} errors={errors} values={values} />
      <fieldset className="panel">
        <legend>{t("client.intake.proceedings")}</legend>
        <p className="hint">{t("client.intake.proceedingsHint")}</p>
        <div className="inline-grid">
          <SelectField
            name="chargesAgainstHer"
            label={t("client.profile.chargesAgainstHer")}
            hint={t("client.intake.chargesHint")}
            options={options.chargeStatuses}
            labelPrefix="client.charges."
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v("chargesAgainstHer")}
          />
          <SelectField
            name="proceedings"
            label={t("client.profile.proceedings")}
            options={options.proceedingsStatuses}
            labelPrefix="client.proceedings."
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v("proceedings")}
          />
          <SelectField
            name="compensationClaim"
            label={t("client.profile.compensationClaim")}
            options={options.compensationClaimStatuses}
            labelPrefix="client.compensation."
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v("compensationClaim")}
          />
        </div>
      </fieldset>
      <fieldset className="panel">
        <legend>{t("client.profile.cooperation")}</legend>
        <SelectField
          name="cooperationWithAuthorities"
          label={t("client.intake.cooperation")}
          hint={t("client.cooperationNoteLong")}
          options={options.cooperationChoices}
          labelPrefix="client.cooperation."
          errors={errors}
          defaultValue={v("cooperationWithAuthorities", "not-asked")}
        />
      </fieldset>
    </>
  );
}
