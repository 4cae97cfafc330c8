import { Form } from "react-router";
import { formatDateTime } from "../../components/client/format-date.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";

type Invitation = { invitationId: string; organisationName: string; role: string; expiresAt: string };
type Answer = { accepted: boolean; answered: boolean };

/** Her invitations from other organisations (issue 17): she accepts or declines each. */
export function InvitationsSection({
  invitations,
  answer,
}: {
  invitations: readonly Invitation[];
  answer: Answer | null;
}) {
  const { t, i18n } = useTranslation();
  if (invitations.length === 0 && !answer) return null;
  const answerKey = !answer
    ? null
    : !answer.answered
      ? answer.accepted
        ? "account.invitations.notAccepted"
        : "account.invitations.gone"
      : answer.accepted
        ? "account.invitations.accepted"
        : "account.invitations.declined";
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t("account.invitations.title")}</h2>
      {answerKey ? (
        <p className="notice" role="status">
          {t(answerKey)}
        </p>
      ) : null}
      {invitations.length > 0 ? (
        <>
          <p>{t("account.invitations.intro")}</p>
          <ul>
            {invitations.map((invitation) => (
              <li key={invitation.invitationId}>
                <p>
                  {t("account.invitations.offer", {
                    organisation: invitation.organisationName,
                    role: t(`role.${invitation.role}`),
                    until: formatDateTime(invitation.expiresAt, i18n.language),
                  })}
                </p>
                <Form method="post">
                  <input type="hidden" name="intent" value="accept" />
                  <input type="hidden" name="invitationId" value={invitation.invitationId} />
                  <div className="field">
                    <label htmlFor={`code-${invitation.invitationId}`}>
                      {t("account.invitations.code", { organisation: invitation.organisationName })}
                    </label>
                    <p className="hint" id={`code-hint-${invitation.invitationId}`}>
                      {t("account.invitations.codeHint")}
                    </p>
                    <input
                      id={`code-${invitation.invitationId}`}
                      name="code"
                      required
                      maxLength={40}
                      autoComplete="off"
                      spellCheck={false}
                      aria-describedby={`code-hint-${invitation.invitationId}`}
                    />
                  </div>
                  <button type="submit">
                    {t("account.invitations.accept")}
                    <span className="visually-hidden"> {invitation.organisationName}</span>
                  </button>
                </Form>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="decline" />
                  <input type="hidden" name="invitationId" value={invitation.invitationId} />
                  <button type="submit" className="secondary">
                    {t("account.invitations.decline")}
                    <span className="visually-hidden"> {invitation.organisationName}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
