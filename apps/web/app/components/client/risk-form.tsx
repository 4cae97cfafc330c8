import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { InputField } from "./fields.tsx";
import { ErrorSummary, type FormErrors } from "./form-errors.tsx";

type Group = { group: string; titleKey: string; items: { id: string; number: number; labelKey: string }[] };

type Props = {
  groups: Group[];
  answers: readonly string[];
  defaults: Record<string, string>;
  today: string;
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

/** A new risk assessment: each item yes / no / to be clarified (or not asked), grouped A–E. */
export function RiskForm({ groups, answers, defaults, today, errors, values }: Props) {
  const { t } = useTranslation();
  const answer = (id: string) => values?.[`risk-${id}`] ?? defaults[id] ?? "";
  return (
    <Form method="post" noValidate className="assessment-form">
      <input type="hidden" name="intent" value="risk" />
      <p className="reminder">{t("client.assessments.riskReminder")}</p>
      <ErrorSummary errors={errors} />
      <InputField
        name="assessedOn"
        id="risk-assessedOn"
        type="date"
        label={t("client.assessments.assessedOn")}
        errors={errors ? { assessedOn: errors["risk-assessedOn"] } : undefined}
        defaultValue={values?.assessedOn ?? today}
        max={today}
      />
      {groups.map((group) => (
        <fieldset key={group.group} className="risk-group">
          <legend>
            {group.group.toUpperCase()}. {t(group.titleKey)}
          </legend>
          <ul className="risk-items">
            {group.items.map((item) => (
              <li key={item.id}>
                <label htmlFor={`risk-${item.id}`}>
                  <span className="item-number">{item.number}.</span> {t(item.labelKey)}
                </label>
                <select id={`risk-${item.id}`} name={`risk-${item.id}`} defaultValue={answer(item.id)}>
                  <option value="">{t("client.assessments.notAsked")}</option>
                  {answers.map((a) => (
                    <option key={a} value={a}>
                      {t(`risk.answer.${a}`)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <button type="submit">{t("client.assessments.saveRisk")}</button>
    </Form>
  );
}
