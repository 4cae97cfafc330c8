import { data, Form, type ShouldRevalidateFunctionArgs } from "react-router";
import { ActionsSection } from "../../../components/plan/actions-section.tsx";
import { type Echo, echoFor, FormAlert } from "../../../components/plan/form-bits.tsx";
import { GoalsSection } from "../../../components/plan/goals-section.tsx";
import { PlanFactsForm } from "../../../components/plan/plan-facts-form.tsx";
import { PrinciplePanel } from "../../../components/plan/principle-panel.tsx";
import { useDateFormat } from "../../../components/plan/use-date-format.ts";
import { WorkflowPanel } from "../../../components/plan/workflow-panel.tsx";
import { useTranslation } from "../../../i18n/use-translation.tsx";
import { requireApi } from "../../../server/api.server.ts";
import { takeFlash } from "../../../server/session-cookie.server.ts";
import { useClientRecord } from "../client-context.ts";
import { todayIso } from "../form-data.server.ts";
import type { Route } from "./+types/plan";
import { loadPlanPage } from "./plan.server.ts";
import { handlePlanAction } from "./plan-actions.server.ts";

/** The client layout puts this in the page title (one <title> per page). */
export const handle = { titleKey: "planPage.title" };

const PAGE_LEVEL_FORMS = ["add-suggested", "remove-goal", "remove-action", "create-plan", "form"];

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  const page = await loadPlanPage(caller, session, params.clientId);
  const flash = takeFlash(request, params.clientId, "plan");
  return data({ ...page, saved: flash.notice }, { headers: { "cache-control": "no-store", ...flash.headers } });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller, session } = requireApi(context);
  return handlePlanAction(caller, params.clientId, request, todayIso(session));
}

/** After a conflict (409) the page must show the current plan: revalidate even on an error status. */
export function shouldRevalidate({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return actionStatus === 409 || defaultShouldRevalidate;
}

export function headers() {
  return { "cache-control": "no-store" };
}

export default function PlanPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const { client } = useClientRecord();
  const { plan, vocabulary } = loaderData;
  const { workers } = loaderData;
  const echo = (actionData ?? null) as Echo | null;
  const showSaved = loaderData.saved && !echo;
  return (
    <div className="plan-page">
      <h2>{t("planPage.title")}</h2>
      {showSaved ? (
        <p className="saved" role="status">
          {t("planPage.saved")}
        </p>
      ) : null}
      {echo && PAGE_LEVEL_FORMS.includes(echo.formKey) ? <FormAlert echo={echo} /> : null}
      {client.erasedAt ? (
        // An erased record offers nothing that writes: no "Start her plan", no principle gaps.
        <p className="notice">{t("journey.erased.plan")}</p>
      ) : (
        <div className="plan-layout">
          <div className="plan-main">
            {plan ? (
              <>
                <WorkflowPanel
                  clientId={client.id}
                  plan={plan}
                  role={loaderData.role}
                  changes={loaderData.changes}
                  unmet={loaderData.principles
                    .filter((principle) => principle.status === "not-met")
                    .map(({ id, number, titleKey }) => ({ id, number, titleKey }))}
                  echo={echo && ["submit", "approve", "return"].includes(echo.formKey) ? echo : null}
                />
                <GoalsSection
                  goals={loaderData.goals}
                  domains={vocabulary.domains}
                  planId={plan.id}
                  version={plan.version}
                  echo={echo}
                />
                <ActionsSection
                  clientId={client.id}
                  actions={loaderData.actions}
                  domains={vocabulary.domains}
                  vocabulary={vocabulary}
                  providers={loaderData.providers}
                  workers={workers}
                  goals={loaderData.goals}
                  referrals={loaderData.referrals}
                  planId={plan.id}
                  version={plan.version}
                  echo={echo}
                  formatDate={formatDate}
                />
                <PlanFactsForm plan={plan} conditions={vocabulary.conditions} echo={echoFor(echo, "update-facts")} />
              </>
            ) : (
              <section className="plan-section" aria-labelledby="start-title">
                <h3 id="start-title">{t("planPage.start.title")}</h3>
                <p>{t("planPage.start.intro")}</p>
                <Form method="post">
                  <input type="hidden" name="intent" value="create-plan" />
                  <button type="submit">{t("planPage.start.button")}</button>
                </Form>
              </section>
            )}
          </div>
          <PrinciplePanel
            principles={loaderData.principles}
            progress={loaderData.progress}
            plan={plan}
            workers={workers}
            defaults={loaderData.suggestDefaults}
            echo={echo?.formKey === "add-suggested" ? echo : null}
          />
        </div>
      )}
    </div>
  );
}
