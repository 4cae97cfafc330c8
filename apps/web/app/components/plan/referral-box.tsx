// Referrals from one action to its provider: the "Refer" button (refused without her
// consent, with a way to record it), and the referrals made with their status.

import { Form, Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import type { Echo } from "./form-bits.tsx";

export type ReferralView = {
  id: string;
  providerName: string;
  actionId: string | null;
  status: string;
  sentOn: string;
  version: number;
  next: string[];
};

type Props = {
  clientId: string;
  actionId: string;
  providerName: string;
  referrals: ReferralView[];
  echo: Echo | null;
  formatDate: (iso: string) => string;
  /** Offered in place when a referral is refused for want of her consent. */
  recordingMethods?: string[];
};

export function ReferralBox(props: Props) {
  const { clientId, actionId, providerName, referrals, echo, formatDate, recordingMethods = [] } = props;
  const { t } = useTranslation();
  const isConsentRefusal = echo?.formError?.startsWith("consent.") ?? false;
  return (
    <div className="referrals">
      {echo ? (
        <div className="plan-notice" role="alert">
          <p>{t(echo.formError ?? "planPage.error.invalid")}</p>
          {isConsentRefusal ? (
            <p>
              {t("planPage.referral.consentHelp")}{" "}
              <Link to={`/clients/${clientId}`}>{t("planPage.referral.recordConsent")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {isConsentRefusal && recordingMethods.length ? (
        <Form method="post" className="consent-in-place">
          <fieldset>
            <legend>{t("journey.referral.recordTitle")}</legend>
            <input type="hidden" name="intent" value="consent-and-refer" />
            <input type="hidden" name="actionId" value={actionId} />
            {echo?.errors.agreed ? (
              <p className="field-error" id={`agreed-${actionId}-error`}>
                {t(echo.errors.agreed)}
              </p>
            ) : null}
            <div className="check">
              <input
                id={`agreed-${actionId}`}
                type="checkbox"
                name="agreed"
                aria-describedby={echo?.errors.agreed ? `agreed-${actionId}-error` : undefined}
              />
              <label htmlFor={`agreed-${actionId}`}>{t("journey.referral.agreed", { provider: providerName })}</label>
            </div>
            <div className="field">
              <label htmlFor={`recordedHow-${actionId}`}>{t("client.consents.recordedHow")}</label>
              <select id={`recordedHow-${actionId}`} name="recordedHow">
                {recordingMethods.map((m) => (
                  <option key={m} value={m}>
                    {t(`consent.recordedHow.${m}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{t("journey.referral.recordAndRefer")}</button>
          </fieldset>
        </Form>
      ) : null}
      {referrals.length ? (
        <ul className="referral-list">
          {referrals.map((r) => (
            <li key={r.id}>
              {t("planPage.referral.line", { provider: r.providerName, date: formatDate(r.sentOn) })}{" "}
              <span className="tag">{t(`referral.status.${r.status}`)}</span>
              {r.next.length ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="referral-status" />
                  <input type="hidden" name="referralId" value={r.id} />
                  <input type="hidden" name="referralVersion" value={r.version} />
                  <input type="hidden" name="actionId" value={actionId} />
                  <label htmlFor={`referral-${r.id}-status`} className="visually-hidden">
                    {t("planPage.referral.newStatus", { provider: r.providerName })}
                  </label>
                  <select id={`referral-${r.id}-status`} name="status">
                    {r.next.map((s) => (
                      <option key={s} value={s}>
                        {t(`referral.status.${s}`)}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="secondary">
                    {t("planPage.referral.update")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="refer" />
        <input type="hidden" name="actionId" value={actionId} />
        <button type="submit" className="secondary">
          {t("planPage.referral.refer", { provider: providerName })}
        </button>
      </Form>
    </div>
  );
}
