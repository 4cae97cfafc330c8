import { data, NavLink, Outlet, redirect } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/admin-layout";
import { sectionsFor } from "./sections.ts";

/** `/admin`: administrators and managers; the other roles have nothing here. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { session } = requireApi(context);
  const sections = sectionsFor(session.role);
  if (sections.length === 0) throw data(null, { status: 403 });
  const first = sections[0];
  if (first && new URL(request.url).pathname.replace(/\/$/, "") === "/admin") throw redirect(first.to);
  return { sections: sections.map(({ to, key }) => ({ to, key })) };
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
            <li key={section.to}>
              <NavLink to={section.to}>{t(section.key)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
