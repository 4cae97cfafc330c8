import { LOCALES, type Locale, type Role } from "@gesim/core/browser";
import { Form, Link, useLocation } from "react-router";
import { LANGUAGE_NAMES } from "../i18n/language-names.ts";
import { useTranslation } from "../i18n/use-translation.tsx";
import { adminSectionsFor } from "../routes/admin/sections.ts";

type Props = {
  user: { displayName: string; role: Role; organisationName: string } | null;
  locale: Locale;
};

export function AppHeader({ user, locale }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <header className="app-header">
      <div className="brand">
        <Link to={user?.role === "funder" ? "/indicators" : "/"}>{t("app.name")}</Link>
      </div>
      {user ? (
        <nav aria-label={t("app.name")}>
          {user.role === "funder" ? (
            <Link to="/indicators">{t("nav.indicators")}</Link>
          ) : (
            <Link to="/">{t("nav.caseload")}</Link>
          )}
          {user.role === "caseworker" || user.role === "manager" ? (
            <>
              <Link to="/my-work">{t("nav.myWork")}</Link>
              <Link to="/appointments">{t("nav.appointments")}</Link>
              <Link to="/clients/new">{t("nav.newClient")}</Link>
            </>
          ) : null}
          {user.role === "manager" ? <Link to="/approvals">{t("nav.approvals")}</Link> : null}
          {user.role === "manager" ? <Link to="/complaints">{t("nav.complaints")}</Link> : null}
          {user.role === "manager" ? <Link to="/dashboard">{t("nav.dashboard")}</Link> : null}
          {adminSectionsFor(user.role).length > 0 ? <Link to="/admin">{t("nav.admin")}</Link> : null}
          <Link to="/account">{t("nav.account")}</Link>
        </nav>
      ) : null}
      <div className="header-tools">
        {/* A full page load: the new language's messages come with the page (entry.client.tsx). */}
        <Form method="post" action="/language" className="language-form" reloadDocument>
          <input type="hidden" name="returnTo" value={location.pathname + location.search} />
          <label htmlFor="language-select">{t("nav.language")}</label>
          <select id="language-select" name="locale" defaultValue={locale}>
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
          <button type="submit" className="secondary">
            {t("nav.changeLanguage")}
          </button>
        </Form>
        {user ? (
          <>
            <p className="signed-in">
              {t("nav.signedInAs", {
                name: user.displayName,
                role: t(`role.${user.role}`),
                organisation: user.organisationName,
              })}
            </p>
            <Form method="post" action="/logout">
              <button type="submit" className="secondary">
                {t("nav.logout")}
              </button>
            </Form>
          </>
        ) : null}
      </div>
    </header>
  );
}
