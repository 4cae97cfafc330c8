import { CLIENT_STATUSES, type ClientStatus } from "@gesim/core/browser";
import { Form, Link } from "react-router";
import { useTranslation } from "../i18n/use-translation.tsx";
import { formatDate } from "./client/format-date.ts";

type Caseload = {
  items: {
    id: string;
    pseudonym: string;
    status: ClientStatus;
    nextReviewDate: string | null;
    caseworkerName: string | null;
    riskLevel: "low" | "medium" | "high" | "critical" | null;
    overdueActions: number;
  }[];
  nextCursor: string | null;
  search: string;
  searchKey: string;
  searchExpired: boolean;
  status: string;
  isFirstPage: boolean;
  today: string;
};

export function CaseloadTable({ caseload, showCaseworker }: { caseload: Caseload; showCaseworker: boolean }) {
  const { t, i18n } = useTranslation();
  // Links carry the search's key, never its term (routes/home.server.ts).
  const filters = {
    ...(caseload.searchKey ? { s: caseload.searchKey } : {}),
    ...(caseload.status ? { status: caseload.status } : {}),
  };
  const query = (cursor: string) => `?${new URLSearchParams({ ...filters, cursor })}`;
  return (
    <>
      {caseload.searchExpired ? <p role="status">{t("caseload.searchExpired")}</p> : null}
      <Form method="post" action="/?index" className="filters" role="search">
        <div className="field">
          <label htmlFor="q">{t("caseload.search")}</label>
          <input id="q" name="q" type="search" defaultValue={caseload.search} maxLength={60} />
        </div>
        <div className="field">
          <label htmlFor="status">{t("caseload.status")}</label>
          <select id="status" name="status" defaultValue={caseload.status}>
            <option value="">{t("caseload.allStatuses")}</option>
            {CLIENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`clientStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("caseload.filter")}</button>
      </Form>
      {caseload.items.length === 0 ? (
        <p>{t("caseload.none")}</p>
      ) : (
        <table className="caseload">
          <caption className="visually-hidden">{t("caseload.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("caseload.pseudonym")}</th>
              <th scope="col">{t("caseload.status")}</th>
              <th scope="col">{t("caseload.riskLevel")}</th>
              <th scope="col">{t("caseload.nextReview")}</th>
              <th scope="col">{t("caseload.overdueActions")}</th>
              {showCaseworker ? <th scope="col">{t("caseload.caseworker")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {caseload.items.map((client) => {
              const isOverdue = client.nextReviewDate !== null && client.nextReviewDate < caseload.today;
              return (
                <tr key={client.id}>
                  <th scope="row">
                    <Link to={`/clients/${client.id}`}>{client.pseudonym}</Link>
                  </th>
                  <td>{t(`clientStatus.${client.status}`)}</td>
                  <td>
                    {client.riskLevel ? (
                      <span className={`risk risk-${client.riskLevel}`}>{t(`risk.level.${client.riskLevel}`)}</span>
                    ) : (
                      t("caseload.notAssessed")
                    )}
                  </td>
                  <td>
                    {client.nextReviewDate ? formatDate(client.nextReviewDate, i18n.language) : t("caseload.noReview")}
                    {isOverdue ? <span className="badge warning"> {t("caseload.overdue")}</span> : null}
                  </td>
                  <td>
                    {client.overdueActions > 0 ? <span className="badge warning">{client.overdueActions}</span> : "0"}
                  </td>
                  {showCaseworker ? <td>{client.caseworkerName ?? ""}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t("caseload.title")}>
        <span>{t("caseload.count", { count: caseload.items.length })}</span>
        {!caseload.isFirstPage ? <Link to={`?${new URLSearchParams(filters)}`}>{t("caseload.firstPage")}</Link> : null}
        {caseload.nextCursor ? <Link to={query(caseload.nextCursor)}>{t("caseload.nextPage")}</Link> : null}
      </nav>
    </>
  );
}
