import { NavLink } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";

const SECTIONS = [
  { to: "", key: "client.nav.overview", end: true },
  { to: "plan", key: "client.nav.plan", end: false },
  { to: "assessments", key: "client.nav.assessments", end: false },
  { to: "reviews", key: "client.nav.reviews", end: false },
  { to: "appointments", key: "client.nav.appointments", end: false },
  { to: "notes", key: "client.nav.notes", end: false },
  { to: "documents", key: "client.nav.documents", end: false },
  { to: "complaints", key: "client.nav.complaints", end: false },
] as const;

/** The client pages' sub-navigation (her audit trail for managers); the current page is marked with aria-current. */
export function ClientNav({ clientId, showAudit = false }: { clientId: string; showAudit?: boolean }) {
  const { t } = useTranslation();
  const sections = showAudit ? [...SECTIONS, { to: "audit", key: "client.nav.audit", end: false }] : SECTIONS;
  return (
    <nav className="client-nav" aria-label={t("client.nav.label")}>
      <ul>
        {sections.map((section) => (
          <li key={section.key}>
            <NavLink to={section.to ? `/clients/${clientId}/${section.to}` : `/clients/${clientId}`} end={section.end}>
              {t(section.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
