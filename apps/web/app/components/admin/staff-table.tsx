import { ROLES } from "@gesim/core/browser";
import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDateTime } from "../client/format-date.ts";

export type StaffMember = {
  userId: string;
  displayName: string;
  email: string;
  role: string;
  active: boolean;
  totpEnabled: boolean;
  totpEnrolmentApprovedUntil: string | null;
};

/** One small form of a member's row: the button names her for screen readers. */
function RowAction({ intent, member, label }: { intent: string; member: StaffMember; label: string }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="userId" value={member.userId} />
      <input type="hidden" name="name" value={member.displayName} />
      <button type="submit" className="secondary">
        {label}
        <span className="visually-hidden"> {member.displayName}</span>
      </button>
    </Form>
  );
}

function TwoStepStatus({ member, now }: { member: StaffMember; now: string }) {
  const { t, i18n } = useTranslation();
  if (member.totpEnabled) return <>{t("staff.twoStep.on")}</>;
  if (member.totpEnrolmentApprovedUntil && member.totpEnrolmentApprovedUntil > now)
    return (
      <>
        {t("staff.twoStep.approvedUntil", { when: formatDateTime(member.totpEnrolmentApprovedUntil, i18n.language) })}
      </>
    );
  return <>{t("staff.twoStep.off")}</>;
}

/** The organisation's staff and what an administrator may change for each (never for herself). */
export function StaffTable({ staff, myUserId, now }: { staff: readonly StaffMember[]; myUserId: string; now: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="staff-table">
        <thead>
          <tr>
            <th scope="col">{t("staff.column.name")}</th>
            <th scope="col">{t("staff.column.email")}</th>
            <th scope="col">{t("staff.column.role")}</th>
            <th scope="col">{t("staff.column.status")}</th>
            <th scope="col">{t("staff.column.twoStep")}</th>
            <th scope="col">{t("staff.column.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => {
            const isMe = member.userId === myUserId;
            return (
              <tr key={member.userId}>
                <th scope="row">{member.displayName}</th>
                <td>{member.email}</td>
                <td>
                  {isMe ? (
                    t(`role.${member.role}`)
                  ) : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="role" />
                      <input type="hidden" name="userId" value={member.userId} />
                      <label htmlFor={`role-${member.userId}`} className="visually-hidden">
                        {t("staff.roleOf", { name: member.displayName })}
                      </label>
                      <select id={`role-${member.userId}`} name="role" defaultValue={member.role}>
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`role.${role}`)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="secondary">
                        {t("staff.changeRole")}
                        <span className="visually-hidden"> {member.displayName}</span>
                      </button>
                    </Form>
                  )}
                </td>
                <td>{t(member.active ? "staff.active" : "staff.inactive")}</td>
                <td>
                  <TwoStepStatus member={member} now={now} />
                </td>
                <td>
                  {isMe ? (
                    <>
                      {t("staff.you")}
                      <p className="hint">{t("staff.resetTwoStep.notOwn")}</p>
                    </>
                  ) : (
                    <>
                      {member.active ? (
                        <RowAction intent="deactivate" member={member} label={t("staff.deactivate")} />
                      ) : (
                        <RowAction intent="reactivate" member={member} label={t("staff.reactivate")} />
                      )}
                      <RowAction intent="reset" member={member} label={t("staff.resetPassword")} />
                      {member.totpEnabled ? (
                        <RowAction intent="reset-two-step" member={member} label={t("staff.resetTwoStep.button")} />
                      ) : null}
                      {member.active && !member.totpEnabled ? (
                        <RowAction intent="approve" member={member} label={t("staff.approveEnrolment")} />
                      ) : null}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
