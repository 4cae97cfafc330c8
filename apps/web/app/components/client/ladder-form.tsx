import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { InputField } from "./fields.tsx";
import { ErrorSummary, FieldError, type FormErrors } from "./form-errors.tsx";

type Stage = { from: number; to: number; titleKey: string; descriptionKey: string };

type Props = {
  domains: readonly string[];
  stages: Stage[];
  defaults: Record<string, number>;
  today: string;
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

const VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** New ladder readings: 1–10 per area, each value named by its stage. */
export function LadderForm({ domains, stages, defaults, today, errors, values }: Props) {
  const { t } = useTranslation();
  const stageOf = (value: number) => stages.find((s) => value >= s.from && value <= s.to);
  const current = (domain: string) =>
    values?.[`ladder-${domain}`] ?? (defaults[domain] !== undefined ? String(defaults[domain]) : "");
  return (
    <Form method="post" noValidate className="assessment-form">
      <input type="hidden" name="intent" value="ladder" />
      <ErrorSummary errors={errors} />
      <details className="stage-legend">
        <summary>{t("client.assessments.stagesExplained")}</summary>
        <dl>
          {stages.map((stage) => (
            <div key={stage.from}>
              <dt>{`${stage.from}–${stage.to}: ${t(stage.titleKey)}`}</dt>
              <dd>{t(stage.descriptionKey)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <InputField
        name="assessedOn"
        id="ladder-assessedOn"
        type="date"
        label={t("client.assessments.readOn")}
        errors={errors ? { assessedOn: errors["ladder-assessedOn"] } : undefined}
        defaultValue={values?.assessedOn ?? today}
        max={today}
      />
      <fieldset
        id="ladder-form"
        className="ladder-fields"
        aria-describedby={errors?.["ladder-form"] ? "ladder-form-error" : undefined}
      >
        <legend>{t("client.assessments.ladderValues")}</legend>
        <FieldError errors={errors} name="ladder-form" />
        <div className="inline-grid">
          {domains.map((domain) => (
            <div className="field" key={domain}>
              <label htmlFor={`ladder-${domain}`}>{t(`domain.${domain}.title`)}</label>
              <FieldError errors={errors} name={`ladder-${domain}`} />
              <select id={`ladder-${domain}`} name={`ladder-${domain}`} defaultValue={current(domain)}>
                <option value="">{t("client.assessments.notRead")}</option>
                {VALUES.map((value) => (
                  <option key={value} value={value}>
                    {`${value} – ${t(stageOf(value)?.titleKey ?? "")}`}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit">{t("client.assessments.saveLadder")}</button>
    </Form>
  );
}
