import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";

type Organisation = { organisationId: string; organisationName: string; role: string; isCurrent: boolean };

/** The organisations she works for, when more than one: she moves her session to another. */
export function OrganisationsSection({ organisations }: { organisations: readonly Organisation[] }) {
  const { t } = useTranslation();
  if (organisations.length < 2) return null;
  return (
    <section aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t("account.organisations.title")}</h2>
      <ul>
        {organisations.map((organisation) => (
          <li key={organisation.organisationId}>
            {t("account.organisations.item", {
              organisation: organisation.organisationName,
              role: t(`role.${organisation.role}`),
            })}{" "}
            {organisation.isCurrent ? (
              <strong>{t("account.organisations.current")}</strong>
            ) : (
              // A full page load: the header (her organisation) comes with the new session's page.
              <Form method="post" className="inline-form" reloadDocument>
                <input type="hidden" name="intent" value="switch" />
                <input type="hidden" name="organisationId" value={organisation.organisationId} />
                <button type="submit" className="secondary">
                  {t("account.organisations.switch", { organisation: organisation.organisationName })}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
