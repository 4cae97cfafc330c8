import { data, Link } from "react-router";
import { formatDate } from "../../components/client/format-date.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { Route } from "./+types/complaints-log";

export async function loader({ context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager") throw data(null, { status: 403 });
  const log = await caller.complaints.log().catch(rethrowAsResponse);
  return data(log, { headers: { "cache-control": "no-store" } });
}

export function headers() {
  return { "cache-control": "no-store" };
}

/** Managers: the organisation's complaints log, open ones first with their age (issue 21, P10). */
export default function ComplaintsLog({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { items, openCount } = loaderData;
  return (
    <div className="complaints-log">
      <title>{`${t("complaints.log.title")} · ${t("app.name")}`}</title>
      <h1>{t("complaints.log.title")}</h1>
      <p>{t("complaints.log.intro")}</p>
      <p role="status">{t("complaints.log.openCount", { count: openCount })}</p>
      {items.length === 0 ? (
        <p className="muted">{t("complaints.log.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("complaints.log.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("complaints.log.who")}</th>
                <th scope="col">{t("complaints.field.receivedOn")}</th>
                <th scope="col">{t("complaints.field.subject")}</th>
                <th scope="col">{t("complaints.field.channel")}</th>
                <th scope="col">{t("complaints.field.status")}</th>
                <th scope="col">{t("complaints.field.age")}</th>
                <th scope="col">{t("complaints.field.handler")}</th>
                <th scope="col">{t("complaints.log.told")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link to={`/clients/${item.clientId}/complaints`}>{item.pseudonym}</Link>
                  </td>
                  <td>{formatDate(item.receivedOn, i18n.language)}</td>
                  <td>{t(`complaint.subject.${item.subject}`)}</td>
                  <td>
                    {t(`complaint.channel.${item.channel}`)} · {t(`complaint.madeBy.${item.madeBy}`)}
                  </td>
                  <td>{t(`complaint.status.${item.status}`)}</td>
                  <td>{t("complaints.ageDays", { count: item.ageDays })}</td>
                  <td>{item.handlerName ?? t("complaints.field.noHandler")}</td>
                  <td>{item.open ? "—" : item.toldOutcome ? t("complaints.toldYes") : t("complaints.toldNo")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
