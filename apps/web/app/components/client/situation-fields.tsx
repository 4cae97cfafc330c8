import { useTranslation } from "../../i18n/use-translation.tsx";
import { CheckField, SelectField } from "./fields.tsx";
import { FieldError, type FormErrors } from "./form-errors.tsx";
import { type NamedOption, NamedSelect } from "./named-select.tsx";

/** The most languages kept for her (core ClientProfileSchema). */
export const MAX_LANGUAGES = 10;

/** How many language lines to offer: the recorded ones, one empty line more, at least three. */
export function languageRows(values: Record<string, string> | undefined): number {
  let filled = 0;
  for (let row = 0; row < MAX_LANGUAGES; row += 1) if (values?.[`language-${row}`]) filled = row + 1;
  return Math.min(MAX_LANGUAGES, Math.max(3, filled + 1));
}

type LanguageProps = {
  languages: readonly NamedOption[];
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

/**
 * The languages she speaks, each chosen by its name in the reader's language (stored as ISO
 * 639 codes). One select per language: works without JavaScript, no code to type.
 */
export function LanguageFields({ languages, errors, values }: LanguageProps) {
  const { t } = useTranslation();
  const rows = languageRows(values);
  return (
    <fieldset
      className="check-group"
      id="languages"
      aria-describedby={errors?.languages ? "languages-error languages-hint" : "languages-hint"}
    >
      <legend>{t("client.profile.languages")}</legend>
      <p className="hint" id="languages-hint">
        {t("client.intake.languagesByName")}
      </p>
      <FieldError errors={errors} name="languages" />
      <div className="inline-grid">
        {Array.from({ length: rows }, (_, row) => (
          <NamedSelect
            key={row}
            name={`language-${row}`}
            label={t("client.intake.languageNumber", { number: row + 1 })}
            options={languages}
            emptyLabel={t("client.intake.noLanguage")}
            errors={errors}
            defaultValue={values?.[`language-${row}`] ?? ""}
          />
        ))}
      </div>
    </fieldset>
  );
}

type SituationProps = {
  options: { exploitationForms: readonly string[]; housingSituations: readonly string[] };
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

/** The forms of exploitation she survived (several may apply) and where she lives now. */
export function SituationFields({ options, errors, values }: SituationProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="panel">
      <legend>{t("client.intake.situation")}</legend>
      <fieldset
        className="check-group"
        id="exploitationForms"
        aria-describedby={
          errors?.exploitationForms ? "exploitationForms-error exploitationForms-hint" : "exploitationForms-hint"
        }
      >
        <legend>{t("client.profile.exploitation")}</legend>
        <p className="hint" id="exploitationForms-hint">
          {t("client.intake.exploitationHint")}
        </p>
        <FieldError errors={errors} name="exploitationForms" />
        {options.exploitationForms.map((form) => (
          <CheckField
            key={form}
            name={`exploitation-${form}`}
            label={t(`client.exploitation.${form}`)}
            defaultChecked={values?.[`exploitation-${form}`] === "on"}
          />
        ))}
      </fieldset>
      <SelectField
        name="housingSituation"
        label={t("client.profile.housing")}
        hint={t("client.intake.housingHint")}
        options={options.housingSituations}
        labelPrefix="client.housing."
        emptyLabel={t("client.notRecorded")}
        errors={errors}
        defaultValue={values?.housingSituation ?? ""}
      />
    </fieldset>
  );
}
