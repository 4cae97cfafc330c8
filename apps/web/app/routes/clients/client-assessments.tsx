import { data } from "react-router";
import { AssessmentHistory } from "../../components/client/assessment-history.tsx";
import { LadderForm } from "../../components/client/ladder-form.tsx";
import { NeedsForm } from "../../components/client/needs-form.tsx";
import { RiskForm } from "../../components/client/risk-form.tsx";
import { RiskResult } from "../../components/client/risk-result.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/client-assessments";
import { loadAssessments, saveAssessment } from "./client-assessments.server.ts";
import { todayIso } from "./form-data.server.ts";

export async function loader({ params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  return data(await loadAssessments(caller, params.clientId, todayIso(session)), {
    headers: { "cache-control": "no-store" },
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const result = await saveAssessment(caller, params.clientId, await request.formData());
  return data(result, { status: result.ok ? 200 : 400 });
}

export default function ClientAssessments({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { catalogue, defaults, today, history, riskResult } = loaderData;
  const failed = (intent: string) =>
    actionData && !actionData.ok && actionData.intent === intent ? actionData : undefined;
  const isOpen = (intent: string) => failed(intent) !== undefined;
  return (
    <div className="assessments">
      {actionData?.ok ? (
        <p className="notice" role="status">
          {t(`client.assessments.saved.${actionData.intent}`)}
        </p>
      ) : null}
      <div className="card-grid">
        <RiskResult result={riskResult} />
        <AssessmentHistory history={history} />
      </div>
      <section className="card" aria-labelledby="needs-heading">
        <h2 id="needs-heading">{t("client.assessments.needsTitle")}</h2>
        <details open={isOpen("needs")}>
          <summary>{t("client.assessments.newNeeds")}</summary>
          <NeedsForm
            domains={catalogue.domains}
            levels={catalogue.needLevels}
            defaults={defaults.needs}
            today={today}
            errors={failed("needs")?.errors}
            values={failed("needs")?.values}
          />
        </details>
      </section>
      <section className="card" aria-labelledby="risk-heading">
        <h2 id="risk-heading">{t("client.assessments.riskTitle")}</h2>
        <details open={isOpen("risk")}>
          <summary>{t("client.assessments.newRisk")}</summary>
          <RiskForm
            groups={catalogue.riskGroups}
            answers={catalogue.riskAnswers}
            defaults={defaults.risk}
            today={today}
            errors={failed("risk")?.errors}
            values={failed("risk")?.values}
          />
        </details>
      </section>
      <section className="card" aria-labelledby="ladder-form-heading">
        <h2 id="ladder-form-heading">{t("client.assessments.ladderTitle")}</h2>
        <details open={isOpen("ladder")}>
          <summary>{t("client.assessments.newLadder")}</summary>
          <LadderForm
            domains={catalogue.domains}
            stages={catalogue.ladderStages}
            defaults={defaults.ladder}
            today={today}
            errors={failed("ladder")?.errors}
            values={failed("ladder")?.values}
          />
        </details>
      </section>
    </div>
  );
}
