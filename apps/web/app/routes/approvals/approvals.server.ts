import type { createCaller } from "@gesim/api";
import { getAction, PRINCIPLES } from "@gesim/core";
import type { UnmetPrinciple } from "../../components/plan/open-gaps-confirm.tsx";
import type { ChangeView } from "../../components/plan/plan-changes.tsx";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, checked, isUuid, text } from "../clients/form-data.server.ts";

/** A principle id as the approval shows it: its number and title. */
export function unmetView(principle: string): UnmetPrinciple {
  const known = PRINCIPLES.find((p) => p.id === principle);
  return { id: principle, number: Number(principle.slice(-2)), titleKey: known?.titleKey ?? principle };
}

type Caller = ReturnType<typeof createCaller>;

/** The manager's queue as the page shows it: each plan with its changes in words. */
export async function loadApprovals(caller: Caller) {
  const queue = await caller.plans.approvalQueue({}).catch(rethrowAsResponse);
  return queue.map((item) => ({
    clientId: item.clientId,
    planId: item.planId,
    pseudonym: item.pseudonym,
    caseworkerName: item.caseworkerName,
    status: item.status,
    version: item.version,
    waitingSince: item.waitingSince.toISOString().slice(0, 10),
    unmet: item.unmet.map(unmetView),
    changes: item.changes.map(
      (change): ChangeView => ({
        kind: change.kind,
        domain: change.domain,
        labelKey: change.actionId ? (getAction(change.actionId)?.labelKey ?? null) : null,
        text: change.goalText ?? change.freeText,
      }),
    ),
  }));
}

export type ApprovalResult = {
  ok: boolean;
  intent: string;
  planId: string;
  pseudonym?: string;
  error?: string;
  comment?: string;
};

/** Approve, or return with a comment, one plan of the queue. A refusal says why, at that plan. */
export async function decideFromQueue(caller: Caller, form: FormData): Promise<ApprovalResult> {
  const intent = text(form, "intent") ?? "";
  const planId = text(form, "planId") ?? "";
  const clientId = text(form, "clientId") ?? "";
  const version = Number(text(form, "version"));
  const comment = text(form, "comment") ?? "";
  const base = { intent, planId, comment, pseudonym: text(form, "pseudonym") };
  if (
    !isUuid(planId) ||
    !isUuid(clientId) ||
    !Number.isInteger(version) ||
    (intent !== "approve" && intent !== "return")
  )
    return { ...base, ok: false, error: "planPage.error.invalid" };
  if (intent === "return" && !comment) return { ...base, ok: false, error: "approvals.commentRequired" };
  try {
    const ref = { clientId, planId, version };
    if (intent === "approve") await caller.plans.approve({ ...ref, confirmOpenGaps: checked(form, "confirmOpenGaps") });
    else await caller.plans.return({ ...ref, comment });
    return { ...base, ok: true, comment: undefined };
  } catch (error) {
    const { code, key } = apiErrorKey(error);
    return { ...base, ok: false, error: code === "CONFLICT" ? "planPage.conflict" : key };
  }
}
