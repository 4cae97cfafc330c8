import { data, Link, type ShouldRevalidateFunctionArgs } from "react-router";
import { DistanceChart } from "../../../components/plan/distance-chart.tsx";
import type { Echo } from "../../../components/plan/form-bits.tsx";
import { ReviewForm } from "../../../components/plan/review-form.tsx";
import { useDateFormat } from "../../../components/plan/use-date-format.ts";
import { useTranslation } from "../../../i18n/use-translation.tsx";
import { requireApi } from "../../../server/api.server.ts";
import { takeFlash } from "../../../server/session-cookie.server.ts";
import { todayIso } from "../form-data.server.ts";
import type { Route } from "./+types/reviews";
import { loadReviewsPage, recordReview } from "./reviews.server.ts";

/** The client layout puts this in the page title (one <title> per page). */
export const handle = { titleKey: "planReview.title" };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  const url = new URL(request.url);
  const page = await loadReviewsPage(caller, params.clientId, url.searchParams.get("review"), todayIso(session));
  const flash = takeFlash(request, params.clientId, "reviews");
  return data(
    { ...page, saved: flash.notice !== null },
    { headers: { "cache-control": "no-store", ...flash.headers } },
  );
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  return recordReview(caller, params.clientId, request);
}

export function shouldRevalidate({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return actionStatus === 409 || defaultShouldRevalidate;
}

export function headers() {
  return { "cache-control": "no-store" };
}

export default function ReviewsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const { reviews, opened } = loaderData;
  const echo = (actionData ?? null) as Echo | null;
  return (
    <div className="reviews-page">
      <h2>{t("planReview.title")}</h2>
      {loaderData.saved && !echo ? (
        <p className="saved" role="status">
          {t("planReview.saved")}
        </p>
      ) : null}
      <section aria-labelledby="distance-title" className="plan-section">
        <h3 id="distance-title">{t("planReview.chart.title")}</h3>
        <DistanceChart
          rows={loaderData.distance}
          dates={{
            before: loaderData.ladderDates.before && formatDate(loaderData.ladderDates.before),
            after: loaderData.ladderDates.after && formatDate(loaderData.ladderDates.after),
          }}
        />
      </section>
      <section aria-labelledby="list-title" className="plan-section">
        <h3 id="list-title">{t("planReview.list")}</h3>
        {reviews.length ? (
          <div className="table-scroll">
            <table className="reviews-table">
              <thead>
                <tr>
                  <th scope="col">{t("planReview.date")}</th>
                  <th scope="col">{t("planReview.housingShort")}</th>
                  <th scope="col">{t("planReview.feedbackShort")}</th>
                  <th scope="col">{t("planReview.secondaryVictimisationShort")}</th>
                  <th scope="col">{t("planReview.nextDate")}</th>
                  <th scope="col">{t("planReview.summary")}</th>
                </tr>
              </thead>
              <tbody>
                {reviews.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{formatDate(r.reviewedOn)}</th>
                    <td>
                      {t(r.housingRatedSafe === "not-asked" ? "planPage.notAsked" : `planPage.${r.housingRatedSafe}`)}
                    </td>
                    <td>{[r.feltHeard, r.planFitsHer, r.safeWithService].map((n) => n ?? "—").join(" / ")}</td>
                    <td>{r.secondaryVictimisationEvents ?? "—"}</td>
                    <td>{r.nextReviewDate ? formatDate(r.nextReviewDate) : "—"}</td>
                    <td>
                      {opened?.id === r.id ? (
                        <p className="review-summary">{opened.summary || t("planReview.noSummary")}</p>
                      ) : (
                        <Link to={`?review=${r.id}`}>
                          {t("planReview.showSummary")}
                          <span className="visually-hidden">
                            {" "}
                            {t("planReview.showSummaryOf", { date: formatDate(r.reviewedOn) })}
                          </span>
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t("planReview.none")}</p>
        )}
      </section>
      <section aria-labelledby="new-title" className="plan-section">
        <h3 id="new-title">{t("planReview.new")}</h3>
        <ReviewForm data={loaderData} echo={echo} resetKey={reviews[0]?.id ?? "none"} />
      </section>
    </div>
  );
}
