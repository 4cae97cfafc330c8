// The plan page's form posts, by `intent`. Every plan write carries the plan version the
// form was rendered with; a stale one (CONFLICT) comes back with the user's values kept.
import type { createCaller } from "@gesim/api";
import { CONSENT_RECORDING_METHODS, IsoDateSchema, isActionId, isDomainId, REFERRAL_STATUSES } from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { data, redirect } from "react-router";
import { flashCookie } from "../../../server/session-cookie.server.ts";
import { loadProviders } from "./plan.server.ts";
import {
  type FieldErrors,
  type FormValues,
  parseAction,
  parseGoal,
  parsePlanFields,
  text,
  valuesOf,
} from "./plan-forms.server.ts";

type Caller = ReturnType<typeof createCaller>;

export type PlanActionData = {
  formKey: string;
  values: FormValues;
  errors: FieldErrors;
  /** A message key for the whole form (conflict, consent missing, wrong status…). */
  formError: string | null;
  isConflict: boolean;
  /** Changes on every answer, so the form is rebuilt with the values given back. */
  nonce: string;
};

function reply(form: FormData, formKey: string, status: number, errors: FieldErrors, formError: string | null) {
  const body: PlanActionData = {
    formKey,
    values: valuesOf(form),
    errors,
    formError,
    isConflict: status === 409,
    nonce: `${formKey}-${Date.now()}`,
  };
  return data(body, { status, headers: { "cache-control": "no-store" } });
}

/** API refusals a person can act on become a message on the form; anything else is a real error. */
function refusal(error: unknown, form: FormData, formKey: string) {
  if (!(error instanceof TRPCError)) throw error;
  if (error.code === "CONFLICT") return reply(form, formKey, 409, {}, "planPage.conflict");
  if (error.code === "PRECONDITION_FAILED") return reply(form, formKey, 412, {}, error.message);
  if (error.code === "BAD_REQUEST") return reply(form, formKey, 400, {}, "planPage.error.invalid");
  if (error.code === "NOT_FOUND") return reply(form, formKey, 404, {}, "planPage.error.gone");
  throw error;
}

export async function handlePlanAction(caller: Caller, clientId: string, request: Request, today: string) {
  const form = await request.formData();
  const intent = text(form, "intent");
  const planId = text(form, "planId");
  const ref = { clientId, planId, version: Number(text(form, "version")) };
  const goalId = text(form, "goalId");
  const actionId = text(form, "actionId");
  const done = (saved: string) =>
    redirect(`/clients/${clientId}/plan`, {
      headers: { "set-cookie": flashCookie(request, clientId, `plan:${saved}`) },
    });
  const formKey =
    {
      "add-goal": "goal-new",
      "update-goal": `goal-${goalId}`,
      "add-action": "action-new",
      "update-action": `action-${actionId}`,
      refer: `refer-${actionId}`,
      "consent-and-refer": `refer-${actionId}`,
      "referral-status": `refer-${actionId}`,
    }[intent] ?? intent;
  try {
    switch (intent) {
      case "create-plan":
        await caller.plans.create({ clientId });
        return done("plan");
      case "update-facts": {
        const fields = parsePlanFields(form);
        if (!fields.ok) return reply(form, formKey, 400, fields.errors, null);
        await caller.plans.update({ ...ref, fields: fields.value });
        return done("facts");
      }
      case "add-goal":
      case "update-goal": {
        const goal = parseGoal(form);
        if (!goal.ok) return reply(form, formKey, 400, goal.errors, null);
        if (intent === "add-goal") await caller.plans.addGoal({ ...ref, goal: goal.value });
        else await caller.plans.updateGoal({ ...ref, goalId, goal: goal.value });
        return done("goal");
      }
      case "remove-goal":
        await caller.plans.removeGoal({ ...ref, goalId });
        return done("goal-removed");
      case "add-action":
      case "update-action": {
        const action = parseAction(form, await loadProviders(caller));
        if (!action.ok) return reply(form, formKey, 400, action.errors, null);
        if (intent === "add-action") await caller.plans.addAction({ ...ref, action: action.value });
        else await caller.plans.updateAction({ ...ref, actionId, action: action.value });
        return done("action");
      }
      case "add-suggested": {
        const domain = text(form, "domain");
        const suggested = text(form, "suggestedActionId");
        if (!isDomainId(domain) || !isActionId(suggested))
          return reply(form, formKey, 400, {}, "planPage.error.invalid");
        // Its due date and responsible worker, as the small form asks for them (defaults pre-filled).
        const dueDate = text(form, "dueDate");
        const worker = text(form, "responsibleWorkerId");
        const errors: FieldErrors = {};
        if (dueDate !== undefined && !IsoDateSchema.safeParse(dueDate).success)
          errors.dueDate = "planPage.suggest.badDate";
        if (worker !== undefined && !/^[0-9a-f-]{36}$/i.test(worker))
          errors.responsibleWorkerId = "planPage.suggest.badWorker";
        if (Object.keys(errors).length > 0) return reply(form, formKey, 400, errors, null);
        await caller.plans.addAction({
          ...ref,
          action: {
            domain,
            actionId: suggested,
            status: "planned",
            ...(dueDate ? { dueDate } : {}),
            ...(worker ? { responsibleWorkerId: worker } : {}),
          },
          fromSuggestion: true,
        });
        return done("action");
      }
      case "remove-action":
        await caller.plans.removeAction({ ...ref, actionId });
        return done("action-removed");
      case "submit":
        await caller.plans.submit(ref);
        return done("submitted");
      case "approve":
        await caller.plans.approve({ ...ref, confirmOpenGaps: form.get("confirmOpenGaps") === "on" });
        return done("approved");
      case "return": {
        const comment = text(form, "comment");
        if (!comment) return reply(form, formKey, 400, { comment: "planPage.error.commentRequired" }, null);
        await caller.plans.return({ ...ref, comment: comment.slice(0, 2000) });
        return done("returned");
      }
      case "refer":
        await caller.referrals.create({ clientId, actionId });
        return done("referred");
      case "consent-and-refer": {
        // Her consent for the provider of this step, recorded in place of a refused referral.
        if (form.get("agreed") !== "on")
          return reply(form, formKey, 400, { agreed: "journey.referral.agreedRequired" }, "consent.missing");
        const recordedHow = CONSENT_RECORDING_METHODS.find((m) => m === text(form, "recordedHow"));
        if (!recordedHow) return reply(form, formKey, 400, {}, "consent.missing");
        const step = (await caller.plans.get({ clientId })).actions.find((a) => a.id === actionId);
        if (!step?.providerId) return reply(form, formKey, 404, {}, "planPage.error.gone");
        await caller.consents.create({
          clientId,
          consent: {
            purpose: "service-referral",
            recipient: step.providerId,
            givenOn: today,
            recordedHow,
          },
        });
        await caller.referrals.create({ clientId, actionId });
        return done("referred");
      }
      case "referral-status": {
        const status = REFERRAL_STATUSES.find((s) => s === text(form, "status"));
        if (!status) return reply(form, formKey, 400, { status: "planPage.error.field" }, null);
        await caller.referrals.updateStatus({
          clientId,
          referralId: text(form, "referralId"),
          status,
          version: Number(text(form, "referralVersion")),
        });
        return done("referral");
      }
      default:
        return reply(form, "form", 400, {}, "planPage.error.invalid");
    }
  } catch (error) {
    return refusal(error, form, formKey);
  }
}
