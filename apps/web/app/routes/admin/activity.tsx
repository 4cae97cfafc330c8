import { ADMIN_ACTIVITY_AREA_IDS } from "@gesim/core/browser";
import { data, Form, Link } from "react-router";
import { formatDateTime } from "../../components/client/format-date.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { Route } from "./+types/activity";
import { loadActivity } from "./activity.server.ts";
import { isAdminSectionFor } from "./sections.ts";

/** The admin activity log (issue 17): every administrative change, who, what, to whom, when. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (!isAdminSectionFor(session.role, "activity")) throw data(null, { status: 403 });
  const activity = await loadActivity(caller, new URL(request.url)).catch(rethrowAsResponse);
  return data(activity, { headers: { "cache-control": "no-store" } });
}

export default function Activity({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { events, filters, people, nextCursor, isFirstPage } = loaderData;
  const describe = (action: string) => {
    const key = `adminLog.action.${action}`;
    const label = t(key);
    return label === key ? t("adminLog.action.other", { action }) : label;
  };
  const own = Object.entries(filters).filter(([, value]) => value !== "");
  return (
    <section>
      <title>{`${t("adminLog.title")} · ${t("app.name")}`}</title>
      <h1>{t("adminLog.title")}</h1>
      <p>{t("adminLog.intro")}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="area">{t("adminLog.filter.area")}</label>
          <select id="area" name="area" defaultValue={filters.area}>
            <option value="">{t("adminLog.filter.allAreas")}</option>
            {ADMIN_ACTIVITY_AREA_IDS.map((area) => (
              <option key={area} value={area}>
                {t(`adminLog.area.${area}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="actor">{t("adminLog.filter.actor")}</label>
          <select id="actor" name="actor" defaultValue={filters.actor}>
            <option value="">{t("adminLog.filter.everyone")}</option>
            {people.map((person) => (
              <option key={person.userId} value={person.userId}>
                {person.displayName}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("adminLog.filter.submit")}</button>
      </Form>
      {events.length === 0 ? (
        <p>{t("adminLog.empty")}</p>
      ) : (
        // A region the keyboard can reach and scroll: at 320 px the table is wider than the page.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be focusable (axe scrollable-region-focusable)
        <section className="table-scroll" aria-labelledby="activity-caption" tabIndex={0}>
          <table>
            <caption id="activity-caption">{t("adminLog.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("adminLog.column.when")}</th>
                <th scope="col">{t("adminLog.column.who")}</th>
                <th scope="col">{t("adminLog.column.what")}</th>
                <th scope="col">{t("adminLog.column.whom")}</th>
                <th scope="col">{t("adminLog.column.outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{formatDateTime(event.createdAt, i18n.language)}</td>
                  <td>{event.actorName ?? t("adminLog.unknownPerson")}</td>
                  <td>{describe(event.action)}</td>
                  <td>{event.subjectName ?? ""}</td>
                  <td>{t(`adminLog.outcome.${event.outcome}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <nav className="pager" aria-label={t("adminLog.pages")}>
        {!isFirstPage ? <Link to={`?${new URLSearchParams(own)}`}>{t("caseload.firstPage")}</Link> : null}
        {nextCursor ? (
          <Link to={`?${new URLSearchParams([...own, ["cursor", nextCursor]])}`}>{t("caseload.nextPage")}</Link>
        ) : null}
      </nav>
    </section>
  );
}
