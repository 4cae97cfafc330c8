import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ConsentAddForm } from "./consent-add-form.tsx";
import type { FormErrors } from "./form-errors.tsx";
import { formatDate } from "./format-date.ts";

type Consent = {
  id: string;
  purpose: string;
  recipient: string | null;
  /** Named a provider that is no longer in the directory (never shown as its id). */
  recipientIsGoneProvider?: boolean;
  givenOn: string;
  expiresOn: string | null;
  withdrawnOn: string | null;
  state: string;
  version: number;
};

type Props = {
  consents: Consent[];
  options: {
    purposes: readonly string[];
    purposesWithRecipient: readonly string[];
    recordingMethods: readonly string[];
    providers?: readonly { id: string; name: string }[];
  };
  today: string;
  addErrors: FormErrors | undefined;
  addValues: Record<string, string | string[]> | undefined;
  withdrawError: string | undefined;
};

/** Her consents per purpose and recipient, where each stands today; withdraw one; record a new one. */
export function ConsentsSection({ consents, options, today, addErrors, addValues, withdrawError }: Props) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : "—");
  return (
    <section className="card wide" aria-labelledby="consents-heading">
      <h2 id="consents-heading">{t("client.consents.title")}</h2>
      {withdrawError ? (
        <p className="form-error" role="alert">
          {t(withdrawError)}
        </p>
      ) : null}
      {consents.length === 0 ? (
        <p>{t("client.consents.none")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("client.consents.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("client.consents.purpose")}</th>
                <th scope="col">{t("client.consents.recipient")}</th>
                <th scope="col">{t("client.consents.given")}</th>
                <th scope="col">{t("client.consents.state")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("client.consents.withdraw")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {consents.map((consent) => (
                <tr key={consent.id}>
                  <th scope="row">{t(`consent.purpose.${consent.purpose}`)}</th>
                  <td>
                    {consent.recipient ?? (consent.recipientIsGoneProvider ? t("journey.consent.goneProvider") : "—")}
                  </td>
                  <td>{date(consent.givenOn)}</td>
                  <td>
                    <span className={`consent-state consent-${consent.state}`}>
                      {t(`client.consentState.${consent.state}`)}
                    </span>
                    {consent.withdrawnOn ? <span className="muted"> {date(consent.withdrawnOn)}</span> : null}
                    {consent.state === "valid" && consent.expiresOn ? (
                      <span className="muted"> {t("client.consents.until", { date: date(consent.expiresOn) })}</span>
                    ) : null}
                  </td>
                  <td>
                    {consent.state === "valid" || consent.state === "not-yet-given" ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="withdraw-consent" />
                        <input type="hidden" name="consentId" value={consent.id} />
                        <input type="hidden" name="version" value={consent.version} />
                        <button type="submit" className="secondary small">
                          {t("client.consents.withdraw")}
                          <span className="visually-hidden">
                            : {t(`consent.purpose.${consent.purpose}`)}
                            {consent.recipient ? `, ${consent.recipient}` : ""}
                          </span>
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConsentAddForm options={options} today={today} errors={addErrors} values={addValues} />
    </section>
  );
}
