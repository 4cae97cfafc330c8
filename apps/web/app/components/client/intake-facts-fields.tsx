import { useTranslation } from "../../i18n/use-translation.tsx";
import { CheckField, InputField, SelectField } from "./fields.tsx";
import type { FormErrors } from "./form-errors.tsx";

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
};

type Props = { options: IntakeOptions; errors: FormErrors | undefined; values: Record<string, string> | undefined };

/** Her facts at intake: citizenship, age band, languages, children, legal situation, her choice on cooperation. */
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
          <SelectField
            name="ageBand"
            label={t("client.profile.ageBand")}
            options={options.ageBands}
            labelPrefix="client.ageBand."
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v("ageBand")}
          />
          <InputField
            name="languages"
            label={t("client.profile.languages")}
            hint={t("client.intake.languagesHint")}
            errors={errors}
            defaultValue={v("languages")}
            autoComplete="off"
          />
          <InputField
            name="childrenCount"
            type="number"
            min={0}
            max={20}
            inputMode="numeric"
            label={t("client.intake.childrenCount")}
            errors={errors}
            defaultValue={v("childrenCount", "0")}
          />
        </div>
        <CheckField
          name="needsInterpreter"
          label={t("client.intake.needsInterpreter")}
          defaultChecked={on("needsInterpreter")}
        />
        <CheckField name="isPregnant" label={t("client.intake.isPregnant")} defaultChecked={on("isPregnant")} />
        <CheckField
          name="isInTrainingOrWork"
          label={t("client.intake.isInTrainingOrWork")}
          defaultChecked={on("isInTrainingOrWork")}
        />
      </fieldset>
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
            name="reflectionPeriodEnd"
            type="date"
            label={t("client.profile.reflectionEnd")}
            hint={t("client.intake.reflectionHint")}
            errors={errors}
            defaultValue={v("reflectionPeriodEnd")}
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
