import type { createCaller } from "@gesim/api";
import {
  DOMAIN_IDS,
  getRiskItem,
  highestNeed,
  LADDER_STAGES,
  LadderReadingSchema,
  NEED_LEVELS,
  NeedsAssessmentSchema,
  RISK_ANSWERS,
  RISK_GROUPS,
  RISK_ITEMS,
  RiskAssessmentSchema,
  type RiskItemId,
  riskGroupTitleKey,
} from "@gesim/core";
import { z } from "zod";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, type FieldErrors, integer, text, zodFieldErrors } from "./form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;
const LadderContentSchema = z.object({ readings: z.array(LadderReadingSchema) });

const CATALOGUE = {
  domains: DOMAIN_IDS,
  needLevels: NEED_LEVELS,
  riskAnswers: RISK_ANSWERS,
  riskGroups: RISK_GROUPS.map((group) => ({
    group,
    titleKey: riskGroupTitleKey(group),
    items: RISK_ITEMS.filter((item) => item.group === group).map((item) => ({
      id: item.id,
      number: item.number,
      labelKey: item.labelKey,
    })),
  })),
  ladderStages: LADDER_STAGES.map((stage) => ({
    from: stage.from,
    to: stage.to,
    titleKey: stage.titleKey,
    descriptionKey: stage.descriptionKey,
  })),
};

const itemLabels = (ids: readonly RiskItemId[]) => ids.map((id) => ({ id, labelKey: getRiskItem(id)?.labelKey ?? id }));

/** Her assessment history per kind (newest first), the latest risk result, and the forms' starting values. */
export async function loadAssessments(caller: Caller, clientId: string, today: string) {
  const { items } = await caller.assessments.list({ clientId, limit: 100 }).catch(rethrowAsResponse);
  const ofKind = (kind: string) => items.filter((item) => item.kind === kind).sort((a, b) => b.version - a.version);
  const needs = ofKind("needs").map((row) => ({ row, content: NeedsAssessmentSchema.safeParse(row.content) }));
  const risk = ofKind("risk").map((row) => ({ row, content: RiskAssessmentSchema.safeParse(row.content) }));
  const ladder = ofKind("ladder").map((row) => ({ row, content: LadderContentSchema.safeParse(row.content) }));
  const base = (row: { id: string; version: number; assessedOn: string }) => ({
    id: row.id,
    version: row.version,
    assessedOn: row.assessedOn,
  });
  const history = {
    needs: needs.map(({ row, content }) => ({
      ...base(row),
      detail: content.success
        ? { assessed: Object.keys(content.data.needs).length, highest: highestNeed(content.data) ?? null }
        : null,
    })),
    risk: risk.map(({ row }) => ({
      ...base(row),
      detail: row.riskScore ? { level: row.riskScore.level, total: row.riskScore.total } : null,
    })),
    ladder: ladder.map(({ row, content }) => ({
      ...base(row),
      detail: content.success ? { count: content.data.readings.length } : null,
    })),
  };
  const latestRisk = risk[0];
  const score = latestRisk?.row.riskScore;
  const riskResult =
    latestRisk && score
      ? {
          assessedOn: latestRisk.row.assessedOn,
          level: score.level,
          total: score.total,
          drivers: itemLabels(score.drivers),
          toClarify: itemLabels(score.toClarify),
          clarifyFirst: [...score.clarifyFirst],
          unanswered: score.unanswered.length,
        }
      : null;
  const latestNeeds = needs[0]?.content;
  const latestRiskContent = latestRisk?.content;
  const latestLadder = ladder[0]?.content;
  const defaults = {
    needs: latestNeeds?.success ? latestNeeds.data.needs : {},
    risk: latestRiskContent?.success
      ? Object.fromEntries(Object.entries(latestRiskContent.data.answers).map(([id, a]) => [id, a.answer]))
      : {},
    ladder: latestLadder?.success ? Object.fromEntries(latestLadder.data.readings.map((r) => [r.domain, r.value])) : {},
  };
  return { today, catalogue: CATALOGUE, history, riskResult, defaults };
}

export type AssessmentResult = { intent: string; ok: boolean; errors?: FieldErrors; values?: Record<string, string> };

function postedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value;
  return values;
}

/** Saves a needs, risk or ladder assessment as the next version of its kind. */
export async function saveAssessment(caller: Caller, clientId: string, form: FormData): Promise<AssessmentResult> {
  const intent = text(form, "intent") ?? "";
  const values = postedValues(form);
  const assessedOn = text(form, "assessedOn") ?? "";
  const fail = (errors: FieldErrors) => ({ intent, ok: false, errors, values });
  try {
    if (intent === "needs") {
      const needs = Object.fromEntries(
        DOMAIN_IDS.flatMap((domain) => {
          const level = text(form, `level-${domain}`);
          return level ? [[domain, { level, note: text(form, `note-${domain}`) }]] : [];
        }),
      );
      const parsed = NeedsAssessmentSchema.safeParse({ assessedOn, needs });
      if (!parsed.success)
        return fail(
          zodFieldErrors(parsed.error, (p) => (p.startsWith("needs.") ? `note-${p.split(".")[1]}` : `needs-${p}`)),
        );
      await caller.assessments.createNeeds({ clientId, assessment: parsed.data });
    } else if (intent === "risk") {
      const answers = Object.fromEntries(
        RISK_ITEMS.flatMap((item) => {
          const answer = text(form, `risk-${item.id}`);
          return answer ? [[item.id, { answer }]] : [];
        }),
      );
      const parsed = RiskAssessmentSchema.safeParse({ assessedOn, answers });
      if (!parsed.success)
        return fail(
          zodFieldErrors(parsed.error, (p) => (p.startsWith("answers.") ? `risk-${p.split(".")[1]}` : `risk-${p}`)),
        );
      await caller.assessments.createRisk({ clientId, assessment: parsed.data });
    } else if (intent === "ladder") {
      const readings = DOMAIN_IDS.flatMap((domain) => {
        const value = integer(form, `ladder-${domain}`);
        return value === undefined ? [] : [{ domain, value, date: assessedOn }];
      });
      if (readings.length === 0) return fail({ "ladder-form": "client.assessments.ladderEmpty" });
      const parsed = z.array(LadderReadingSchema).safeParse(readings);
      if (!parsed.success)
        return fail(
          zodFieldErrors(parsed.error, (p) =>
            p.endsWith("date") ? "ladder-assessedOn" : `ladder-${readings[Number(p.split(".")[0])]?.domain}`,
          ),
        );
      await caller.assessments.createLadder({ clientId, readings: parsed.data });
    } else {
      return fail({ form: "error.invalidInput" });
    }
  } catch (error) {
    return fail({ form: apiErrorKey(error).key });
  }
  return { intent, ok: true };
}
