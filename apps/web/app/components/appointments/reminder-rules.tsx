import { useTranslation } from "../../i18n/use-translation.tsx";
import { SafeContactSummary } from "../client/safe-contact-summary.tsx";

type Rules = { channels: string[]; times: string[]; neverLeaveMessage: boolean; codeWord?: string | undefined };

/**
 * Her safe-contact rules beside a reminder draft: "never leave a message" and the safe times
 * first and prominent, then every rule, and the code word for the caseworker (never in the message).
 */
export function ReminderRules({ rules }: { rules: Rules | null }) {
  const { t } = useTranslation();
  return (
    <section className="card restricted" aria-labelledby="reminder-rules-heading">
      <h3 id="reminder-rules-heading">{t("client.safeContact.title")}</h3>
      {rules?.neverLeaveMessage ? (
        <p className="notice warning">
          <strong>{t("reminderDraft.neverLeaveMessage")}</strong>
        </p>
      ) : null}
      {rules ? (
        <p className="notice">
          <strong>
            {rules.times.length > 0
              ? t("reminderDraft.safeTimes", {
                  times: rules.times.map((time) => t(`client.contactTime.${time}`)).join(", "),
                })
              : t("client.safeContact.anyTime")}
          </strong>
        </p>
      ) : null}
      <SafeContactSummary rules={rules} />
      {rules?.codeWord ? <p className="hint">{t("reminderDraft.codeWordHint")}</p> : null}
    </section>
  );
}
