import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";

/** Staff with a caseload (caseworkers, managers) get the daily digest: counts and a link only. */
const DIGEST_ROLES = new Set(["caseworker", "manager"]);

/** Her daily e-mail digest: what it holds (and never holds), and a switch to turn it off or on. */
export function DigestSection({ role, enabled, changed }: { role: string; enabled: boolean; changed: boolean }) {
  const { t } = useTranslation();
  if (!DIGEST_ROLES.has(role)) return null;
  return (
    <section aria-labelledby="digest-title">
      <h2 id="digest-title">{t("account.digest.title")}</h2>
      <p>{t("account.digest.what")}</p>
      <p role={changed ? "status" : undefined}>
        <strong>{t(enabled ? "account.digest.on" : "account.digest.off")}</strong>
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="digest" />
        <input type="hidden" name="enabled" value={enabled ? "off" : "on"} />
        <button type="submit" className="secondary">
          {t(enabled ? "account.digest.turnOff" : "account.digest.turnOn")}
        </button>
      </Form>
    </section>
  );
}
