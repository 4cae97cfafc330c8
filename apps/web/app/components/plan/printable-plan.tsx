// The plan she keeps, in plain language and her language: her goals in her own words, the
// steps with dates and who helps, and when we look at it together again.
import { type PlanLocale, textDirection } from "@gesim/core/browser";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { stepWhen, undatedNote } from "./print-when.ts";
import { useDateFormat } from "./use-date-format.ts";

export type PrintablePlanData = {
  lang: PlanLocale;
  hasPlan: boolean;
  agreedOn: string | null;
  goals: { id: string; domain: string; text: string }[];
  steps: {
    id: string;
    domain: string;
    descriptionKey: string | null;
    freeText: string | null;
    dueDate: string | null;
    isDone: boolean;
    state: "open" | "blocked" | "overdue";
    provider: string | null;
  }[];
  nextReviewDate: string | null;
  today: string;
};

export function PrintablePlan({ plan }: { plan: PrintablePlanData }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat(plan.lang);
  const open = plan.steps.filter((s) => !s.isDone);
  const done = plan.steps.filter((s) => s.isDone);
  const stepText = (s: PrintablePlanData["steps"][number]) =>
    s.descriptionKey ? t(s.descriptionKey) : (s.freeText ?? "");
  return (
    // Her language and its direction: Arabic reads right to left (the layout uses logical CSS
    // properties, so it mirrors); the tools around it stay in the staff member's language.
    <article className="printable-plan" lang={plan.lang} dir={textDirection(plan.lang)}>
      <h1>{t("planPrint.title")}</h1>
      <p className="muted">{t("planPrint.printedOn", { date: formatDate(plan.today) })}</p>
      {!plan.hasPlan ? <p>{t("planPrint.noPlan")}</p> : null}
      {plan.agreedOn ? <p>{t("planPrint.agreedOn", { date: formatDate(plan.agreedOn) })}</p> : null}
      <section aria-labelledby="print-goals">
        <h2 id="print-goals">{t("planPrint.goals")}</h2>
        {plan.goals.length ? (
          <ul className="print-goals">
            {plan.goals.map((g) => (
              <li key={g.id}>
                <span className="print-domain">{t(`domain.${g.domain}.title`)}:</span> {g.text}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("planPrint.none")}</p>
        )}
      </section>
      <section aria-labelledby="print-steps">
        <h2 id="print-steps">{t("planPrint.steps")}</h2>
        {open.length ? (
          <ol className="print-steps">
            {open.map((s) => (
              <li key={s.id}>
                <p className="print-step">{stepText(s)}</p>
                <p className={s.state === "open" ? "muted" : `muted step-${s.state}`}>
                  {[
                    stepWhen(s, t, formatDate),
                    s.provider ? t("planPrint.whoHelps", { provider: s.provider }) : t("planPrint.weHelp"),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("planPrint.none")}</p>
        )}
        {undatedNote(open) ? <p className="muted">{t("journey.print.undated")}</p> : null}
      </section>
      {done.length ? (
        <section aria-labelledby="print-done">
          <h2 id="print-done">{t("planPrint.done")}</h2>
          <ul className="print-steps">
            {done.map((s) => (
              <li key={s.id}>{stepText(s)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="print-next">
        <h2 id="print-next">{t("planPrint.nextTitle")}</h2>
        <p>
          {plan.nextReviewDate
            ? t("planPrint.nextReview", { date: formatDate(plan.nextReviewDate) })
            : t("planPrint.nextReviewOpen")}
        </p>
        <p>{t("planPrint.yourPlan")}</p>
      </section>
    </article>
  );
}
