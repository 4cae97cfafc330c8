import { canSeeClientContent } from "@gesim/core/browser";
import { data } from "react-router";
import { AppointmentConflicts } from "../../components/appointments/appointment-conflicts.tsx";
import { TaskList } from "../../components/client/task-list.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/my-work";
import { loadAppointmentConflicts, loadMyWork, TASK_GROUPS } from "./my-work.server.ts";

export async function loader({ context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (!canSeeClientContent(session.role)) throw data(null, { status: 403 });
  const [tasks, conflicts] = await Promise.all([loadMyWork(caller), loadAppointmentConflicts(caller)]);
  return data({ tasks, conflicts, groups: TASK_GROUPS }, { headers: { "cache-control": "no-store" } });
}

export function headers() {
  return { "cache-control": "no-store" };
}

/** "My work": what is due across her caseload, overdue first (issue 16). */
export default function MyWork({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { tasks, conflicts, groups } = loaderData;
  return (
    <div className="my-work">
      <title>{`${t("myWork.title")} · ${t("app.name")}`}</title>
      <h1>{t("myWork.title")}</h1>
      <p>{t("myWork.intro")}</p>
      {tasks.length === 0 && conflicts.length === 0 ? <p className="muted">{t("myWork.empty")}</p> : null}
      <AppointmentConflicts conflicts={conflicts} />
      {groups.map((group) => {
        const inGroup = tasks.filter((task) => (group.kinds as readonly string[]).includes(task.kind));
        return inGroup.length > 0 ? (
          <section key={group.id} className="card" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>{t(`myWork.group.${group.id}`, { count: inGroup.length })}</h2>
            <TaskList tasks={inGroup} showWho />
          </section>
        ) : null;
      })}
    </div>
  );
}
