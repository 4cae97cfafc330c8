import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDateTime } from "../client/format-date.ts";

type Invitation = { invitationId: string; email: string; role: string; expiresAt: string };

/** Open invitations to people whose accounts another organisation uses: only what was typed here. */
export function InvitationsTable({ invitations }: { invitations: readonly Invitation[] }) {
  const { t, i18n } = useTranslation();
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t("staff.invitations.title")}</h2>
      <p className="hint">{t("staff.invitations.hint")}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("staff.column.email")}</th>
              <th scope="col">{t("staff.column.role")}</th>
              <th scope="col">{t("staff.invitations.expires")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.invitationId}>
                <td>{invitation.email}</td>
                <td>{t(`role.${invitation.role}`)}</td>
                <td>{formatDateTime(invitation.expiresAt, i18n.language)}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="invitationId" value={invitation.invitationId} />
                    <button type="submit" className="secondary">
                      {t("staff.invitations.withdraw")}
                      <span className="visually-hidden"> {invitation.email}</span>
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
