// The plan's own facts: her agreement and its date, conditions imposed by third parties
// (each one a hard gap), and her accommodation (single-sex, rated safe by her).

import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { type Echo, echoed, echoedList, FieldError, FormAlert, invalidProps, PlanRef } from "./form-bits.tsx";
import { useDateFormat } from "./use-date-format.ts";

export type PlanFactsView = {
  id: string;
  version: number;
  agreedByClient: boolean;
  agreedOn: string | null;
  conditionsImposed: string[];
  accommodationSingleSex: boolean | null;
  accommodationRatedSafe: string | null;
  lastSafetyReviewDate: string | null;
};

const tri = (value: boolean | null) => (value === true ? "yes" : value === false ? "no" : "");

export function PlanFactsForm({
  plan,
  conditions,
  echo,
}: {
  plan: PlanFactsView;
  conditions: string[];
  echo: Echo | null;
}) {
  const { t } = useTranslation();
  const imposed = echoedList(echo, "conditionsImposed", plan.conditionsImposed);
  const formatDate = useDateFormat();
  return (
    <section aria-labelledby="facts-title" className="plan-section">
      <h3 id="facts-title">{t("planPage.facts.title")}</h3>
      {plan.conditionsImposed.length ? (
        <div className="plan-notice gap" role="note">
          <p className="alert-title">{t("planPage.facts.conditionsGap")}</p>
          <ul>
            {plan.conditionsImposed.map((c) => (
              <li key={c}>{t(`plan.condition.${c}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="facts-list">
        <dt>{t("planPage.facts.agreed")}</dt>
        <dd>
          {plan.agreedByClient
            ? t("planPage.facts.agreedYes", { date: plan.agreedOn ? formatDate(plan.agreedOn) : "" })
            : t("planPage.no")}
        </dd>
        <dt>{t("journey.safetyPlanOn")}</dt>
        <dd>{plan.lastSafetyReviewDate ? formatDate(plan.lastSafetyReviewDate) : t("journey.safetyPlanNone")}</dd>
        <dt>{t("planPage.facts.singleSex")}</dt>
        <dd>
          {plan.accommodationSingleSex === null
            ? t("planPage.facts.notHoused")
            : t(plan.accommodationSingleSex ? "planPage.yes" : "planPage.no")}
        </dd>
        <dt>{t("planPage.facts.ratedSafe")}</dt>
        <dd>
          {plan.accommodationRatedSafe
            ? t(
                plan.accommodationRatedSafe === "not-asked"
                  ? "planPage.notAsked"
                  : `planPage.${plan.accommodationRatedSafe}`,
              )
            : t("planPage.facts.notHoused")}
        </dd>
      </dl>
      <details open={echo !== null}>
        <summary>{t("planPage.facts.edit")}</summary>
        <Form method="post" className="plan-form" key={echo?.nonce ?? `facts-${plan.version}`}>
          <FormAlert echo={echo} />
          <PlanRef intent="update-facts" planId={plan.id} version={plan.version} />
          <div className="check">
            <input
              id="facts-agreed"
              type="checkbox"
              name="agreedByClient"
              defaultChecked={echoed(echo, "agreedByClient", plan.agreedByClient ? "on" : "") === "on"}
            />
            <label htmlFor="facts-agreed">{t("planPage.facts.agreed")}</label>
          </div>
          <div className="field">
            <label htmlFor="facts-agreedOn">{t("planPage.facts.agreedOn")}</label>
            <FieldError echo={echo} name="agreedOn" id="facts-agreedOn" />
            <input
              id="facts-agreedOn"
              name="agreedOn"
              type="date"
              defaultValue={echoed(echo, "agreedOn", plan.agreedOn ?? "")}
              {...invalidProps(echo, "agreedOn", "facts-agreedOn")}
            />
          </div>
          <div className="field">
            <label htmlFor="facts-safetyPlan">{t("journey.safetyPlanOn")}</label>
            <p className="hint" id="facts-safetyPlan-hint">
              {t("journey.safetyPlanHint")}
            </p>
            <FieldError echo={echo} name="lastSafetyReviewDate" id="facts-safetyPlan" />
            <input
              id="facts-safetyPlan"
              name="lastSafetyReviewDate"
              type="date"
              aria-describedby="facts-safetyPlan-hint"
              defaultValue={echoed(echo, "lastSafetyReviewDate", plan.lastSafetyReviewDate ?? "")}
              {...invalidProps(echo, "lastSafetyReviewDate", "facts-safetyPlan")}
            />
          </div>
          <fieldset>
            <legend>{t("planPage.facts.conditions")}</legend>
            <p className="hint">{t("planPage.facts.conditionsHint")}</p>
            {conditions.map((c) => (
              <div className="check" key={c}>
                <input
                  id={`facts-condition-${c}`}
                  type="checkbox"
                  name="conditionsImposed"
                  value={c}
                  defaultChecked={imposed.includes(c)}
                />
                <label htmlFor={`facts-condition-${c}`}>{t(`plan.condition.${c}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className="field-row">
            <div className="field">
              <label htmlFor="facts-singleSex">{t("planPage.facts.singleSex")}</label>
              <select
                id="facts-singleSex"
                name="accommodationSingleSex"
                defaultValue={echoed(echo, "accommodationSingleSex", tri(plan.accommodationSingleSex))}
              >
                <option value="">{t("planPage.facts.notHoused")}</option>
                <option value="yes">{t("planPage.yes")}</option>
                <option value="no">{t("planPage.no")}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="facts-ratedSafe">{t("planPage.facts.ratedSafe")}</label>
              <select
                id="facts-ratedSafe"
                name="accommodationRatedSafe"
                defaultValue={echoed(echo, "accommodationRatedSafe", plan.accommodationRatedSafe ?? "")}
              >
                <option value="">{t("planPage.facts.notHoused")}</option>
                <option value="yes">{t("planPage.yes")}</option>
                <option value="no">{t("planPage.no")}</option>
                <option value="not-asked">{t("planPage.notAsked")}</option>
              </select>
            </div>
          </div>
          <button type="submit">{t("planPage.save")}</button>
        </Form>
      </details>
    </section>
  );
}
