import { data, Link } from "react-router";
import { WeekView } from "../../components/appointments/week-view.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/team-week";
import { loadWeek } from "./week.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager") throw data(null, { status: 403 });
  return data({ week: await loadWeek(caller, request, "team") }, { headers: { "cache-control": "no-store" } });
}

export function headers() {
  return { "cache-control": "no-store" };
}

/** A manager's view of the team's week (issue 19): every caseworker's women, with who supports each. */
export default function TeamWeek({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="appointments-week">
      <title>{`${t("appointments.teamTitle")} · ${t("app.name")}`}</title>
      <h1>{t("appointments.teamTitle")}</h1>
      <p>{t("appointments.teamIntro")}</p>
      <p>
        <Link to={`/appointments?week=${loaderData.week.week}`}>{t("appointments.myLink")}</Link>
      </p>
      <WeekView week={loaderData.week} basePath="/appointments/team" showCaseworker />
    </div>
  );
}
