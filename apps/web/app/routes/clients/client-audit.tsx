import { data, Form, Link } from "react-router";
import { formatDate, formatDateTime } from "../../components/client/format-date.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/client-audit";
import { loadClientAudit } from "./client-audit.server.ts";

export const handle = { titleKey: "clientAudit.title" };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager") throw data(null, { status: 403 });
  const page = await loadClientAudit(caller, params.clientId, new URL(request.url), session.timeZone);
  return data(page, { headers: { "cache-control": "no-store" } });
}

/** Managers: her audit trail by day, who did what, filterable by person and part of her record. */
export default function ClientAudit({ loaderData, params }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { days, nextCursor, filters, people, areas, timeZone } = loaderData;
  const query = new URLSearchParams({
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.area ? { area: filters.area } : {}),
  });
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t("clientAudit.title")}</h2>
      <p>{t("clientAudit.intro")}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="actor">{t("clientAudit.person")}</label>
          <select id="actor" name="actor" defaultValue={filters.actor}>
            <option value="">{t("clientAudit.everyone")}</option>
            {people.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="area">{t("clientAudit.area")}</label>
          <select id="area" name="area" defaultValue={filters.area}>
            <option value="">{t("clientAudit.everything")}</option>
            {areas.map((a) => (
              <option key={a} value={a}>
                {t(`clientAudit.areas.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("clientAudit.filter")}</button>
      </Form>
      {days.length === 0 ? <p>{t("clientAudit.none")}</p> : null}
      {days.map(({ day, events }) => (
        <section
          key={day}
          className="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable)
          tabIndex={0}
          aria-label={formatDate(day, i18n.language)}
        >
          <table className="data-table">
            <caption>{formatDate(day, i18n.language)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("clientAudit.when")}</th>
                <th scope="col">{t("clientAudit.who")}</th>
                <th scope="col">{t("clientAudit.what")}</th>
                <th scope="col">{t("clientAudit.area")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className={e.kind === "refused" || e.kind === "revealed" ? "row-attention" : undefined}>
                  <td>{formatDateTime(e.at, i18n.language, timeZone)}</td>
                  <td>{e.actorName ?? t("clientAudit.system")}</td>
                  <td>
                    {t(`clientAudit.kinds.${e.kind}`)}
                    {e.reason ? ` (${t(`identity.reason.${e.reason}`)})` : null}
                  </td>
                  <td>{t(`clientAudit.areas.${e.area}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {nextCursor ? (
        <p>
          <Link to={`/clients/${params.clientId}/audit?${new URLSearchParams([...query, ["cursor", nextCursor]])}`}>
            {t("clientAudit.older")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
