import { data, NavLink, Outlet } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/admin-layout";
import { adminSectionsFor } from "./sections.ts";

/** The administration (issue 17): its sections' navigation around each section's page. */
export async function loader({ context }: Route.LoaderArgs) {
  const { session } = requireApi(context);
  const sections = adminSectionsFor(session.role);
  if (sections.length === 0) throw data(null, { status: 403 });
  return { sections };
}

export function headers() {
  return { "cache-control": "no-store" };
}

export default function AdminLayout({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="admin-page">
      <nav className="client-nav" aria-label={t("adminNav.label")}>
        <ul>
          {loaderData.sections.map((section) => (
            <li key={section.path}>
              <NavLink to={`/admin/${section.path}`}>{t(section.labelKey)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
