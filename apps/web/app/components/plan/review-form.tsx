// A new review: date, her housing rating, summary (stored encrypted), next review date,
// action statuses with barriers, GAS levels per goal and ladder readings per domain.

import { FEEDBACK_QUESTIONS, FEEDBACK_SCALE } from "@gesim/core/browser";
import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { type Echo, echoed, FieldError, FormAlert, invalidProps } from "./form-bits.tsx";
import { gasKey } from "./goal-form.tsx";

export type ReviewFormData = {
  plan: { id: string; version: number } | null;
  goals: { id: string; domain: string; text: string; currentGasLevel: number }[];
  actions: {
    id: string;
    domain: string;
    labelKey: string | null;
    freeText: string | null;
    status: string;
    barrierReason: string;
    barrierNote: string;
  }[];
  vocabulary: { domains: string[]; actionStatuses: string[]; barrierReasons: string[]; gasLevels: number[] };
  today: string;
};

/** `resetKey` changes after each recorded review, so the form starts empty again. */
export function ReviewForm({ data, echo, resetKey }: { data: ReviewFormData; echo: Echo | null; resetKey: string }) {
  const { t } = useTranslation();
  const field = (name: string, fallback: string) => echoed(echo, name, fallback);
  const input = (name: string) => ({ id: `review-${name}`, name, ...invalidProps(echo, name, `review-${name}`) });
  const housing = field("housingRatedSafe", "not-asked");
  return (
    <Form method="post" className="plan-form review-form" key={echo?.nonce ?? `review-${resetKey}`}>
      <FormAlert echo={echo} />
      {data.plan ? (
        <>
          <input type="hidden" name="planId" value={data.plan.id} />
          <input type="hidden" name="version" value={data.plan.version} />
        </>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor="review-reviewedOn">{t("planReview.date")}</label>
          <FieldError echo={echo} name="reviewedOn" id="review-reviewedOn" />
          <input {...input("reviewedOn")} type="date" required defaultValue={field("reviewedOn", data.today)} />
        </div>
        <div className="field">
          <label htmlFor="review-nextReviewDate">{t("planReview.nextDate")}</label>
          <FieldError echo={echo} name="nextReviewDate" id="review-nextReviewDate" />
          <input {...input("nextReviewDate")} type="date" defaultValue={field("nextReviewDate", "")} />
        </div>
      </div>
      <fieldset>
        <legend>{t("planReview.housing")}</legend>
        <FieldError echo={echo} name="housingRatedSafe" id="review-housing" />
        {(["yes", "no", "not-asked"] as const).map((v) => (
          <div className="check" key={v}>
            <input
              id={`review-housing-${v}`}
              type="radio"
              name="housingRatedSafe"
              value={v}
              defaultChecked={housing === v}
            />
            <label htmlFor={`review-housing-${v}`}>
              {t(v === "not-asked" ? "planPage.notAsked" : `planPage.${v}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("planReview.feedback")}</legend>
        <p className="hint">{t("planReview.feedbackHint")}</p>
        <div className="field-row">
          {FEEDBACK_QUESTIONS.map((question) => (
            <div className="field" key={question}>
              <label htmlFor={`review-${question}`}>{t(`planReview.feedback.${question}`)}</label>
              <FieldError echo={echo} name={question} id={`review-${question}`} />
              <select {...input(question)} defaultValue={field(question, "")}>
                <option value="">{t("planReview.feedback.notAsked")}</option>
                {FEEDBACK_SCALE.map((n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="review-secondaryVictimisationEvents">{t("planReview.secondaryVictimisation")}</label>
        <p className="hint" id="review-secondaryVictimisationEvents-hint">
          {t("planReview.secondaryVictimisationHint")}
        </p>
        <FieldError echo={echo} name="secondaryVictimisationEvents" id="review-secondaryVictimisationEvents" />
        <input
          {...input("secondaryVictimisationEvents")}
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={field("secondaryVictimisationEvents", "")}
        />
      </div>
      <div className="field">
        <label htmlFor="review-summary">{t("planReview.summary")}</label>
        <p className="hint">{t("planReview.summaryHint")}</p>
        <textarea {...input("summary")} rows={4} maxLength={4000} defaultValue={field("summary", "")} />
      </div>
      {data.actions.length ? (
        <fieldset>
          <legend>{t("planReview.actions")}</legend>
          {data.actions.map((a) => (
            <div className="review-action" key={a.id}>
              <p className="action-title">{a.labelKey ? t(a.labelKey) : a.freeText}</p>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`review-status-${a.id}`}>{t("planPage.action.status")}</label>
                  <select {...input(`status-${a.id}`)} defaultValue={field(`status-${a.id}`, a.status)}>
                    {data.vocabulary.actionStatuses.map((s) => (
                      <option key={s} value={s}>
                        {t(`plan.actionStatus.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`review-barrier-${a.id}`}>{t("planPage.action.barrier")}</label>
                  <FieldError echo={echo} name={`barrier-${a.id}`} id={`review-barrier-${a.id}`} />
                  <select {...input(`barrier-${a.id}`)} defaultValue={field(`barrier-${a.id}`, a.barrierReason)}>
                    <option value="">{t("planPage.action.noBarrier")}</option>
                    {data.vocabulary.barrierReasons.map((b) => (
                      <option key={b} value={b}>
                        {t(`plan.barrier.${b}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`review-barrierNote-${a.id}`}>{t("planPage.action.barrierNote")}</label>
                  <input
                    {...input(`barrierNote-${a.id}`)}
                    maxLength={300}
                    defaultValue={field(`barrierNote-${a.id}`, a.barrierNote)}
                  />
                </div>
              </div>
            </div>
          ))}
        </fieldset>
      ) : null}
      {data.goals.length ? (
        <fieldset>
          <legend>{t("planReview.goals")}</legend>
          {data.goals.map((g) => (
            <div className="field" key={g.id}>
              <label htmlFor={`review-gas-${g.id}`}>{g.text}</label>
              <select {...input(`gas-${g.id}`)} defaultValue={field(`gas-${g.id}`, String(g.currentGasLevel))}>
                {data.vocabulary.gasLevels.map((l) => (
                  <option key={l} value={l}>{`${l > 0 ? "+" : ""}${l} · ${t(gasKey(l))}`}</option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t("planReview.ladder")}</legend>
        <p className="hint">{t("planReview.ladderHint")}</p>
        <div className="ladder-grid">
          {data.vocabulary.domains.map((d) => (
            <div className="field" key={d}>
              <label htmlFor={`review-ladder-${d}`}>{t(`domain.${d}.title`)}</label>
              <FieldError echo={echo} name={`ladder-${d}`} id={`review-ladder-${d}`} />
              <input
                {...input(`ladder-${d}`)}
                type="number"
                min={1}
                max={10}
                inputMode="numeric"
                defaultValue={field(`ladder-${d}`, "")}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit">{t("planReview.save")}</button>
    </Form>
  );
}
