import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { InputField } from "./fields.tsx";
import { ErrorSummary, FieldError, type FormErrors } from "./form-errors.tsx";

type Props = {
  domains: readonly string[];
  levels: readonly string[];
  defaults: Partial<Record<string, { level: string; note?: string | undefined }>>;
  today: string;
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

/** A new needs assessment: per area a need level (or not assessed) and an optional note. */
export function NeedsForm({ domains, levels, defaults, today, errors, values }: Props) {
  const { t } = useTranslation();
  const level = (domain: string) => values?.[`level-${domain}`] ?? defaults[domain]?.level ?? "";
  const note = (domain: string) => values?.[`note-${domain}`] ?? defaults[domain]?.note ?? "";
  return (
    <Form method="post" noValidate className="assessment-form">
      <input type="hidden" name="intent" value="needs" />
      <ErrorSummary errors={errors} />
      <InputField
        name="assessedOn"
        id="needs-assessedOn"
        type="date"
        label={t("client.assessments.assessedOn")}
        errors={errors ? { assessedOn: errors["needs-assessedOn"] } : undefined}
        defaultValue={values?.assessedOn ?? today}
        max={today}
      />
      <table className="form-table">
        <caption className="visually-hidden">{t("client.assessments.needsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("client.assessments.area")}</th>
            <th scope="col">{t("client.assessments.needLevel")}</th>
            <th scope="col">{t("client.assessments.note")}</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((domain) => (
            <tr key={domain}>
              <th scope="row">
                <label htmlFor={`level-${domain}`}>{t(`domain.${domain}.title`)}</label>
              </th>
              <td>
                <select id={`level-${domain}`} name={`level-${domain}`} defaultValue={level(domain)}>
                  <option value="">{t("client.assessments.notAssessed")}</option>
                  {levels.map((l) => (
                    <option key={l} value={l}>
                      {t(`need.${l}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <FieldError errors={errors} name={`note-${domain}`} />
                <input
                  id={`note-${domain}`}
                  name={`note-${domain}`}
                  defaultValue={note(domain)}
                  maxLength={500}
                  aria-label={t("client.assessments.noteFor", { area: t(`domain.${domain}.title`) })}
                  aria-invalid={errors?.[`note-${domain}`] ? true : undefined}
                  aria-describedby={errors?.[`note-${domain}`] ? `note-${domain}-error` : undefined}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit">{t("client.assessments.saveNeeds")}</button>
    </Form>
  );
}
