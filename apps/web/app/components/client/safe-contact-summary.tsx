import { CONTACT_CHANNELS } from "@gesim/core/browser";
import { useTranslation } from "../../i18n/use-translation.tsx";

type Rules = { channels: string[]; times: string[]; neverLeaveMessage: boolean; codeWord?: string | undefined };

/**
 * Her safe-contact rules in words: how she may be reached, how never, when, and whether a
 * message may be left. Shown wherever her contact details are.
 */
export function SafeContactSummary({ rules }: { rules: Rules | null }) {
  const { t } = useTranslation();
  if (!rules) return <span className="safe-contact">{t("client.safeContact.notAsked")}</span>;
  const channel = (name: string) => t(`client.contactChannel.${name}`);
  const never = CONTACT_CHANNELS.filter((name) => !rules.channels.includes(name));
  return (
    <ul className="plain-list safe-contact">
      <li>{t("client.safeContact.only", { channels: rules.channels.map(channel).join(", ") })}</li>
      {never.length > 0 ? (
        <li>
          <strong>{t("client.safeContact.never", { channels: never.map(channel).join(", ") })}</strong>
        </li>
      ) : null}
      <li>
        {rules.times.length > 0
          ? t("client.safeContact.when", {
              times: rules.times.map((time) => t(`client.contactTime.${time}`)).join(", "),
            })
          : t("client.safeContact.anyTime")}
      </li>
      {rules.codeWord ? (
        <li>
          {t("client.safeContact.codeWordIs")} <strong className="code-word">{rules.codeWord}</strong>
        </li>
      ) : null}
      {rules.neverLeaveMessage ? (
        <li>
          <strong>{t("client.safeContact.noMessage")}</strong>
        </li>
      ) : null}
    </ul>
  );
}
