import { data, Link, useSearchParams } from "react-router";
import { UpcomingAppointments } from "../../components/appointments/upcoming-appointments.tsx";
import { CaseClosure } from "../../components/client/case-closure.tsx";
import { ConsentsSection } from "../../components/client/consents-section.tsx";
import { FollowUpSection } from "../../components/client/follow-up-section.tsx";
import { LadderSummary } from "../../components/client/ladder-summary.tsx";
import { OpenActionsTable } from "../../components/client/open-actions-table.tsx";
import { OverviewSummary } from "../../components/client/overview-summary.tsx";
import { PrincipleCoverageList } from "../../components/client/principle-coverage-list.tsx";
import { ProfileEdit } from "../../components/client/profile-edit.tsx";
import { ProfileFacts } from "../../components/client/profile-facts.tsx";
import { RecordOperations } from "../../components/client/record-operations.tsx";
import { TaskList } from "../../components/client/task-list.tsx";
import { TeamSection } from "../../components/client/team-section.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { getLocale, requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/client-overview";
import { loadClientAppointments } from "./client-appointments.server.ts";
import { useClientRecord } from "./client-context.ts";
import { loadOverview, overviewAction } from "./client-overview.server.ts";
import { todayIso } from "./form-data.server.ts";

/** Her next appointments on the overview (issue 19). */
const UPCOMING_APPOINTMENTS = 5;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  const today = todayIso(session);
  const [overview, appointments] = await Promise.all([
    loadOverview(caller, params.clientId, getLocale(request), today),
    loadClientAppointments(caller, params.clientId),
  ]);
  const upcoming = appointments
    .filter((a) => a.status === "scheduled" && a.date >= today)
    .slice(0, UPCOMING_APPOINTMENTS);
  return data({ ...overview, appointments: upcoming }, { headers: { "cache-control": "no-store" } });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const result = await overviewAction(caller, params.clientId, await request.formData());
  return data(result, { status: result.ok ? 200 : result.errors?.form === "client.conflict" ? 409 : 400 });
}

export default function ClientOverview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { client, viewer } = useClientRecord();
  const [search] = useSearchParams();
  const errorsOf = (intent: string) =>
    actionData && !actionData.ok && actionData.intent === intent ? actionData.errors : undefined;
  const canClose = viewer.role === "manager" || viewer.isHerCaseworker;
  const erased = client.erasedAt !== null;
  const closeErrors = errorsOf("close") ?? errorsOf("reopen");
  const chosenReasons =
    actionData?.intent === "close" && Array.isArray(actionData.values?.reasons) ? actionData.values.reasons : [];
  return (
    <div className="overview">
      <RecordOperations clientId={client.id} erasedAt={client.erasedAt} isManager={viewer.role === "manager"} />
      {search.get("created") === "1" && !actionData ? (
        <div className="notice" role="status">
          <p>
            <strong>{t("client.created")}</strong>
          </p>
          <p>
            {t("client.createdIdentity")} <Link to={`/clients/${client.id}/identity`}>{t("client.identityLink")}</Link>
          </p>
        </div>
      ) : null}
      {actionData?.ok ? (
        <p className="notice" role="status">
          {t(`client.saved.${actionData.intent}`)}
        </p>
      ) : null}
      <div className="card-grid">
        <OverviewSummary
          clientId={client.id}
          status={client.status}
          caseworkerName={client.caseworkerName}
          nextReviewDate={client.nextReviewDate}
          today={loaderData.today}
          risk={loaderData.risk}
          hasPlan={loaderData.hasPlan}
          planStatus={loaderData.planStatus}
          progress={loaderData.progress}
        />
        <LadderSummary clientId={client.id} readings={loaderData.ladder} />
        {/* An erased record offers nothing that writes and no principle gaps (issue 16). */}
        {erased ? null : (
          <>
            {loaderData.tasks.length > 0 ? (
              <section className="card" aria-labelledby="her-tasks-heading">
                <h2 id="her-tasks-heading">{t("myWork.herTasks")}</h2>
                <TaskList tasks={loaderData.tasks} showWho={false} />
              </section>
            ) : null}
            <UpcomingAppointments clientId={client.id} appointments={loaderData.appointments} />
            <OpenActionsTable actions={loaderData.openActions} />
            <PrincipleCoverageList clientId={client.id} coverage={loaderData.coverage} />
            <ConsentsSection
              consents={loaderData.consents}
              options={loaderData.options}
              today={loaderData.today}
              addErrors={errorsOf("add-consent")}
              addValues={actionData?.intent === "add-consent" ? actionData.values : undefined}
              withdrawError={errorsOf("withdraw-consent")?.form}
            />
          </>
        )}
        <ProfileFacts client={client} names={loaderData.intakeOptions} />
        {erased ? null : (
          <>
            <TeamSection
              client={client}
              colleagues={loaderData.colleagues}
              canShare={canClose}
              canAssign={viewer.role === "manager"}
              errorsOf={errorsOf}
            />
            <ProfileEdit
              client={client}
              today={loaderData.today}
              options={loaderData.intakeOptions}
              errors={errorsOf("update-profile")}
              values={
                actionData?.intent === "update-profile" && !actionData.ok
                  ? (actionData.values as Record<string, string> | undefined)
                  : undefined
              }
            />
            {canClose ? (
              <CaseClosure
                status={client.status}
                version={client.version}
                closedOn={client.closedOn}
                reasons={loaderData.options.closureReasons}
                errors={closeErrors}
                chosen={chosenReasons}
                nextStatuses={(loaderData.statusTransitions[client.status] ?? []).filter((s) => s !== "closed")}
                statusErrors={errorsOf("set-status")}
                mayClose={viewer.role === "manager" || !loaderData.closureNeedsManager}
              />
            ) : null}
            {loaderData.followUp && client.status === "closed" ? (
              <FollowUpSection
                followUp={loaderData.followUp}
                errors={errorsOf("follow-up-set") ?? errorsOf("follow-up-done")}
              />
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
