import { data, Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import { todayIso } from "../clients/form-data.server.ts";
import type { Route } from "./+types/principle-gap";
import { parseDashboardQuery, queryString } from "./dashboard-query.server.ts";
import { loadPrincipleGap, parseGapRequest } from "./principle-gap.server.ts";

const STATUS_KEYS = {
  "not-met": "client.coverage.gap",
  partly: "planCheck.coverage.partly",
  "not-applicable": "planCheck.coverage.not-applicable",
} as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager") throw data(null, { status: 403 });
  const url = new URL(request.url);
  const gapRequest = parseGapRequest(params.principleId, url);
  const query = parseDashboardQuery(url, todayIso(session));
  const page = await loadPrincipleGap(caller, gapRequest, query);
  return data(
    { ...page, query: queryString(query.form), isFirstPage: !gapRequest.cursor },
    { headers: { "cache-control": "no-store" } },
  );
}

export function headers() {
  return { "cache-control": "no-store" };
}

export default function PrincipleGap({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { principle, status, items, total, nextCursor, query, isFirstPage } = loaderData;
  const title = t("dashboard.gap.title", {
    number: principle.number,
    principle: t(principle.titleKey),
    status: t(STATUS_KEYS[status]),
  });
  const own = new URLSearchParams(query);
  own.set("status", status === "not-met" ? "gap" : status);
  return (
    <section>
      <title>{`${title} · ${t("app.name")}`}</title>
      <p>
        <Link to={`/dashboard?${query}`}>{t("dashboard.gap.back")}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t("dashboard.gap.intro", { count: total })}</p>
      {items.length === 0 ? (
        <p className="muted">{t("dashboard.gap.none")}</p>
      ) : (
        <table className="data-table gap-list">
          <caption>{t("dashboard.gap.caption", { count: total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("caseload.pseudonym")}</th>
              <th scope="col">{t("caseload.caseworker")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.clientId}>
                <th scope="row">
                  <Link to={`/clients/${item.clientId}`}>{item.pseudonym}</Link>
                </th>
                <td>{item.caseworkerName ?? t("dashboard.noCaseworker")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t("dashboard.gap.pages")}>
        {!isFirstPage ? <Link to={`?${own}`}>{t("caseload.firstPage")}</Link> : null}
        {nextCursor ? (
          <Link to={`?${new URLSearchParams([...own, ["cursor", nextCursor]])}`}>{t("caseload.nextPage")}</Link>
        ) : null}
      </nav>
      <p>
        <a
          href={`/dashboard/export/principle-gap.csv?${new URLSearchParams([...own, ["principle", principle.id]])}`}
          download
        >
          {t("dashboard.export.csv", { table: title })}
        </a>
      </p>
    </section>
  );
}
