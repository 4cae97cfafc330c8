import type { createCaller } from "@gesim/api";
import {
  CLIENT_STATUS_TRANSITIONS,
  CLOSURE_REASONS,
  ClientFactsSchema,
  ClosureSchema,
  CONSENT_PURPOSES,
  CONSENT_RECORDING_METHODS,
  ConsentSchema,
  clientFactsProblem,
  getPrinciple,
  IsoDateSchema,
  isOverdue,
  LadderReadingSchema,
  type Locale,
  ladderStage,
  PURPOSES_WITH_RECIPIENT,
} from "@gesim/core";
import { z } from "zod";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { loadMyWork } from "../my-work/my-work.server.ts";
import { factsFromForm, intakeOptions, postedValues } from "./client-new.server.ts";
import { all, apiErrorKey, type FieldErrors, integer, isUuid, text, zodFieldErrors } from "./form-data.server.ts";
import { factFieldName, fieldOfFactsProblem } from "./intake-facts-form.server.ts";

type Caller = ReturnType<typeof createCaller>;

const OPEN_ACTION_STATUSES = new Set(["planned", "in-progress", "blocked"]);
const LadderContentSchema = z.object({ readings: z.array(LadderReadingSchema) });

/** A consent's recipient may be a provider id: show the provider's name instead. */
async function namesOfProviders(
  caller: Caller,
  recipients: readonly (string | undefined)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(recipients.filter(isUuid))];
  const found = await Promise.all(
    ids.map((providerId) =>
      caller.providers.get({ providerId }).then(
        (p) => [providerId, p.name] as const,
        () => null,
      ),
    ),
  );
  return new Map(found.filter((entry) => entry !== null));
}

/** Everything the overview shows beyond the layout's record, as plain data for the components. */
export async function loadOverview(caller: Caller, clientId: string, locale: Locale, today: string) {
  const [consents, latest, plan, colleagues, closureSetting, directory, tasks, countryRules, followUp] =
    await Promise.all([
      caller.consents.list({ clientId, limit: 100 }),
      caller.assessments.latest({ clientId }),
      caller.plans.get({ clientId }),
      caller.clients.colleagues(),
      caller.clients.closureSetting.get(),
      caller.providers.list({ limit: 100 }),
      loadMyWork(caller, clientId),
      caller.clients.countryRules(),
      caller.clients.followUp.get({ clientId }),
    ]).catch(rethrowAsResponse);
  const risk = latest.risk?.riskScore
    ? {
        assessedOn: latest.risk.assessedOn,
        level: latest.risk.riskScore.level,
        total: latest.risk.riskScore.total,
        toClarify: latest.risk.riskScore.toClarify.length,
      }
    : null;
  const ladderContent = latest.ladder ? LadderContentSchema.safeParse(latest.ladder.content) : null;
  const ladder = ladderContent?.success
    ? ladderContent.data.readings.map((r) => ({
        domain: r.domain,
        value: r.value,
        date: r.date,
        stageKey: ladderStage(r.value).titleKey,
      }))
    : [];
  const openActions = plan.actions
    .filter((action) => OPEN_ACTION_STATUSES.has(action.status))
    .map((action) => ({
      id: action.id,
      domain: action.domain,
      labelKey: action.actionId ? `action.${action.actionId}.label` : null,
      freeText: action.freeText ?? null,
      status: action.status,
      dueDate: action.dueDate ?? null,
      isOverdue: isOverdue(action, today),
    }))
    .sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));
  const coverage = plan.coverage.map((entry) => {
    const finding =
      entry.findings.find((f) => f.severity === "gap") ?? entry.findings.find((f) => f.severity === "warning");
    return {
      principle: entry.principle,
      titleKey: getPrinciple(entry.principle)?.titleKey ?? entry.principle,
      status: entry.status,
      finding: finding ? { key: finding.messageKey, params: finding.params } : null,
    };
  });
  const providerNames = await namesOfProviders(
    caller,
    consents.items.map((c) => c.recipient),
  );
  return {
    today,
    consents: consents.items.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      recipient: c.recipient ? (providerNames.get(c.recipient) ?? (isUuid(c.recipient) ? null : c.recipient)) : null,
      recipientIsGoneProvider: c.recipient ? !providerNames.has(c.recipient) && isUuid(c.recipient) : false,
      givenOn: c.givenOn,
      expiresOn: c.expiresOn ?? null,
      withdrawnOn: c.withdrawnOn ?? null,
      state: c.state,
      version: c.version,
    })),
    risk,
    ladder,
    hasPlan: plan.plan !== null,
    planStatus: plan.plan?.status ?? null,
    progress: plan.progress.map((p) => ({
      pathway: p.pathway,
      goals: p.goals,
      achieved: p.achieved,
      ladderChange: p.ladderChange,
    })),
    coverage,
    openActions,
    options: {
      purposes: CONSENT_PURPOSES,
      purposesWithRecipient: PURPOSES_WITH_RECIPIENT,
      recordingMethods: CONSENT_RECORDING_METHODS,
      closureReasons: CLOSURE_REASONS,
      providers: directory.items.map((p) => ({ id: p.id, name: p.name })),
    },
    intakeOptions: intakeOptions(locale, countryRules),
    /** What is due for her, from her caseworker's "My work" (empty for a manager not on her case). */
    tasks,
    colleagues,
    closureNeedsManager: closureSetting.closureNeedsManager,
    /** Her closed case's follow-up contact (null while her case is open). */
    followUp,
    /** Core's status transitions, as plain lists (the component picks her current status). */
    statusTransitions: Object.fromEntries(
      Object.entries(CLIENT_STATUS_TRANSITIONS).map(([from, to]) => [from, [...to]]),
    ) as Record<string, string[]>,
  };
}

export type OverviewResult = {
  intent: string;
  ok: boolean;
  errors?: FieldErrors;
  values?: Record<string, string | string[]>;
};

/** Her profile, whom her case is shared with, and her caseworker (the overview's other forms). */
async function profileAndTeamAction(
  caller: Caller,
  clientId: string,
  form: FormData,
  intent: string,
  version: number,
): Promise<OverviewResult | null> {
  const userId = text(form, "userId") ?? "";
  if (intent === "update-profile") {
    const parsed = ClientFactsSchema.safeParse(factsFromForm(form));
    if (!parsed.success)
      return {
        intent,
        ok: false,
        errors: zodFieldErrors(parsed.error, factFieldName(form)),
        values: postedValues(form),
      };
    const problem = clientFactsProblem(parsed.data);
    if (problem)
      return { intent, ok: false, errors: { [fieldOfFactsProblem(problem)]: problem }, values: postedValues(form) };
    await caller.clients.update({ ...parsed.data, clientId, version });
    return { intent, ok: true };
  }
  if (intent !== "share" && intent !== "unshare" && intent !== "assign") return null;
  if (!isUuid(userId)) return { intent, ok: false, errors: { userId: "client.team.chooseRequired" } };
  if (intent === "share") await caller.clients.share({ clientId, userId });
  else if (intent === "unshare") await caller.clients.unshare({ clientId, userId });
  else await caller.clients.assign({ clientId, caseworkerId: userId, version });
  return { intent, ok: true };
}

/**
 * Who receives her data: a provider chosen from the directory is stored by its id (what the
 * referral check reads); free text that is exactly a provider's name is that provider too;
 * any other free text is a recipient who is not a provider (a lawyer, a counselling centre).
 */
async function consentRecipient(
  caller: Caller,
  providerId: string,
  typed: string,
): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  if (!providerId && !typed) return { ok: true, value: "" };
  const providers = (await caller.providers.list({ limit: 100 })).items;
  if (providerId) {
    const chosen = providers.find((p) => p.id === providerId);
    if (!chosen) return { ok: false, error: "journey.consent.unknownProvider" };
    if (typed && typed.trim().toLowerCase() !== chosen.name.trim().toLowerCase())
      return { ok: false, error: "journey.consent.oneRecipient" };
    return { ok: true, value: chosen.id };
  }
  const named = providers.find((p) => p.name.trim().toLowerCase() === typed.trim().toLowerCase());
  return { ok: true, value: named ? named.id : typed };
}

/** The overview's forms: consents, closing or reopening the case, her profile and team. */
export async function overviewAction(caller: Caller, clientId: string, form: FormData): Promise<OverviewResult> {
  const intent = text(form, "intent") ?? "";
  const version = integer(form, "version") ?? 0;
  try {
    if (intent === "add-consent") {
      const values = {
        purpose: text(form, "purpose") ?? "",
        recipient: text(form, "recipient") ?? "",
        givenOn: text(form, "givenOn") ?? "",
        expiresOn: text(form, "expiresOn") ?? "",
        recordedHow: text(form, "recordedHow") ?? "",
        recipientProvider: text(form, "recipientProvider") ?? "",
      };
      const recipient = await consentRecipient(caller, text(form, "recipientProvider") ?? "", values.recipient);
      if (!recipient.ok) return { intent, ok: false, errors: { "consent-recipient": recipient.error }, values };
      const { recipientProvider: _chosen, ...consentValues } = values;
      const parsed = ConsentSchema.safeParse({
        ...consentValues,
        recipient: recipient.value || undefined,
        expiresOn: values.expiresOn || undefined,
      });
      if (!parsed.success)
        return { intent, ok: false, errors: zodFieldErrors(parsed.error, (p) => `consent-${p}`), values };
      await caller.consents.create({ clientId, consent: parsed.data });
      return { intent, ok: true };
    }
    if (intent === "withdraw-consent") {
      await caller.consents.withdraw({ clientId, consentId: text(form, "consentId") ?? "", version });
      return { intent, ok: true };
    }
    if (intent === "close") {
      const reasons = all(form, "reasons");
      const parsed = ClosureSchema.shape.reasons.safeParse(reasons);
      if (!parsed.success)
        return { intent, ok: false, errors: zodFieldErrors(parsed.error, () => "close-reasons"), values: { reasons } };
      await caller.clients.close({ clientId, version, reasons: parsed.data });
      return { intent, ok: true };
    }
    if (intent === "set-status") {
      const status = (["intake", "active", "paused"] as const).find((s) => s === text(form, "status"));
      if (!status) return { intent, ok: false, errors: { "set-status": "journey.status.choose" } };
      await caller.clients.setStatus({ clientId, version, status });
      return { intent, ok: true };
    }
    if (intent === "follow-up-set") {
      const followUpOn = text(form, "followUpOn") ?? null;
      if (followUpOn !== null && !IsoDateSchema.safeParse(followUpOn).success)
        return { intent, ok: false, errors: { "follow-up-date": "clients.error.followUpDate" } };
      await caller.clients.followUp.set({ clientId, followUpOn });
      return { intent: followUpOn === null ? "follow-up-cancel" : intent, ok: true };
    }
    if (intent === "follow-up-done") {
      await caller.clients.followUp.done({ clientId });
      return { intent, ok: true };
    }
    if (intent === "reopen") {
      await caller.clients.reopen({ clientId, version });
      return { intent, ok: true };
    }
    const result = await profileAndTeamAction(caller, clientId, form, intent, version);
    if (result) return result;
  } catch (error) {
    const { code, key } = apiErrorKey(error);
    return { intent, ok: false, errors: { form: code === "CONFLICT" ? "client.conflict" : key } };
  }
  return { intent, ok: false, errors: { form: "error.invalidInput" } };
}
