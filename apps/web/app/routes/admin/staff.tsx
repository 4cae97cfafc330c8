import { data, Form, Link } from "react-router";
import { AddStaffForm } from "../../components/admin/add-staff-form.tsx";
import { InvitationsTable } from "../../components/admin/invitations-table.tsx";
import { StaffTable } from "../../components/admin/staff-table.tsx";
import { TwoStepRolesForm } from "../../components/admin/two-step-roles-form.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { Route } from "./+types/staff";
import { isAdminSectionFor } from "./sections.ts";
import { handleStaffAction, loadStaff, type StaffResult } from "./staff.server.ts";

/** Staff (issue 17, administrators): members, adding, roles, access, passwords, two-step sign-in. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (!isAdminSectionFor(session.role, "staff")) throw data(null, { status: 403 });
  const cursor = new URL(request.url).searchParams.get("cursor");
  const staff = await loadStaff(caller, cursor ? cursor.slice(0, 600) : null).catch(rethrowAsResponse);
  return data(
    { ...staff, myUserId: session.userId, now: new Date().toISOString(), isFirstPage: !cursor },
    { headers: { "cache-control": "no-store" } },
  );
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller, session } = requireApi(context);
  if (!isAdminSectionFor(session.role, "staff")) throw data(null, { status: 403 });
  const result = await handleStaffAction(request, caller);
  // A one-time password is shown once: never kept by a cache.
  return data(result, { status: result.ok ? 200 : 400, headers: { "cache-control": "no-store" } });
}

/** What the last form did: a one-time password to hand over, an invitation sent, a change, a refusal. */
function Outcome({ result }: { result: StaffResult | undefined }) {
  const { t } = useTranslation();
  if (!result) return null;
  if (
    (result.intent === "add" && result.ok && result.outcome === "created") ||
    (result.intent === "reset" && result.ok)
  )
    return (
      <div className="notice" role="status">
        <p>{t(result.intent === "add" ? "staff.created" : "staff.passwordReset", { name: result.name })}</p>
        {result.oneTimePassword ? (
          <>
            <p>
              {t("staff.oneTimePassword")} <code className="secret one-time-password">{result.oneTimePassword}</code>
            </p>
            <p>{t("staff.oneTimePasswordHint")}</p>
          </>
        ) : null}
      </div>
    );
  if (result.intent === "add" && result.ok)
    return (
      <div className="notice" role="status">
        <p>{t("staff.invited")}</p>
        <p>
          {t("staff.invitationCode")} <code className="secret invitation-code">{result.invitationCode}</code>
        </p>
        <p>{t("staff.invitationCodeHint")}</p>
      </div>
    );
  if (result.intent === "confirm-reset-two-step")
    return (
      <section className="notice warning confirm-reset" aria-labelledby="confirm-reset-title">
        <h2 id="confirm-reset-title">{t("staff.resetTwoStep.confirmTitle", { name: result.name })}</h2>
        <p>{t("staff.resetTwoStep.confirmText")}</p>
        <div className="form-actions">
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="reset-two-step" />
            <input type="hidden" name="userId" value={result.userId} />
            <input type="hidden" name="name" value={result.name} />
            <input type="hidden" name="confirmed" value="yes" />
            <button type="submit">{t("staff.resetTwoStep.confirm", { name: result.name })}</button>
          </Form>
          <Link to="?">{t("staff.resetTwoStep.cancel")}</Link>
        </div>
      </section>
    );
  if (result.intent === "change")
    return (
      <p className={result.ok ? "notice" : "notice warning"} role={result.ok ? "status" : "alert"}>
        {t(result.messageKey)}
      </p>
    );
  return null;
}

export default function Staff({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const addFailed = actionData?.intent === "add" && !actionData.ok ? actionData : null;
  return (
    <section>
      <title>{`${t("staff.title")} · ${t("app.name")}`}</title>
      <h1>{t("staff.title")}</h1>
      <Outcome result={actionData} />
      <h2 id="staff-list-title">{t("staff.list.title")}</h2>
      <StaffTable staff={loaderData.staff} myUserId={loaderData.myUserId} now={loaderData.now} />
      <nav className="pager" aria-label={t("staff.list.title")}>
        {!loaderData.isFirstPage ? <Link to="?">{t("caseload.firstPage")}</Link> : null}
        {loaderData.nextCursor ? (
          <Link to={`?${new URLSearchParams({ cursor: loaderData.nextCursor })}`}>{t("caseload.nextPage")}</Link>
        ) : null}
      </nav>
      <InvitationsTable invitations={loaderData.invitations} />
      <AddStaffForm
        key={addFailed ? "failed" : "fresh"}
        values={addFailed?.values ?? null}
        errors={addFailed?.errors ?? null}
      />
      <TwoStepRolesForm requiredRoles={loaderData.requiredRoles} />
    </section>
  );
}
