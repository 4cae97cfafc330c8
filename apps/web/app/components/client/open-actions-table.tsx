import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "./format-date.ts";

type OpenAction = {
  id: string;
  domain: string;
  labelKey: string | null;
  freeText: string | null;
  status: string;
  dueDate: string | null;
  isOverdue: boolean;
};

/** Her plan's open actions (planned, in progress, blocked), soonest due first, overdue marked. */
export function OpenActionsTable({ actions }: { actions: OpenAction[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card wide" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t("client.actions.title")}</h2>
      {actions.length === 0 ? (
        <p>{t("client.actions.none")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("client.actions.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("client.actions.action")}</th>
              <th scope="col">{t("client.actions.area")}</th>
              <th scope="col">{t("client.actions.status")}</th>
              <th scope="col">{t("client.actions.due")}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <th scope="row">{action.labelKey ? t(action.labelKey) : action.freeText}</th>
                <td>{t(`domain.${action.domain}.title`)}</td>
                <td>{t(`plan.actionStatus.${action.status}`)}</td>
                <td>
                  {action.dueDate ? formatDate(action.dueDate, i18n.language) : t("client.actions.noDue")}
                  {action.isOverdue ? <span className="badge warning">{t("client.overdue")}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
