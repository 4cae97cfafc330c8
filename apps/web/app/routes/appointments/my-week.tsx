import { canSeeClientContent } from "@gesim/core/browser";
import { data, Link } from "react-router";
import { WeekView } from "../../components/appointments/week-view.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/my-week";
import { loadWeek } from "./week.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (!canSeeClientContent(session.role)) throw data(null, { status: 403 });
  return data(
    { week: await loadWeek(caller, request, "mine"), isManager: session.role === "manager" },
    { headers: { "cache-control": "no-store" } },
  );
}

export function headers() {
  return { "cache-control": "no-store" };
}

/** A caseworker's week of appointments (issue 19): `/appointments?week=YYYY-Www`. */
export default function MyWeek({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="appointments-week">
      <title>{`${t("appointments.myTitle")} · ${t("app.name")}`}</title>
      <h1>{t("appointments.myTitle")}</h1>
      <p>{t("appointments.myIntro")}</p>
      {loaderData.isManager ? (
        <p>
          <Link to={`/appointments/team?week=${loaderData.week.week}`}>{t("appointments.teamLink")}</Link>
        </p>
      ) : null}
      <WeekView week={loaderData.week} basePath="/appointments" showCaseworker={false} />
    </div>
  );
}
