import type { createCaller } from "@gesim/api";
import { getAction } from "@gesim/core";
import { rethrowAsResponse } from "../../server/errors.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** Where each kind of task is done: her plan, her reviews, her overview. */
const PAGE_OF_KIND: Record<string, string> = {
  "step-overdue": "plan",
  "step-due": "plan",
  "review-overdue": "reviews",
  "review-due": "reviews",
  "reflection-ending": "",
  "referral-waiting": "plan",
  "consent-expiring": "",
  "consent-expired-in-use": "",
  "follow-up-due": "",
};

/** Consents are renewed in her overview's consents section. */
const ANCHOR_OF_KIND: Record<string, string> = {
  "consent-expiring": "#consents-heading",
  "consent-expired-in-use": "#consents-heading",
  "follow-up-due": "#follow-up-heading",
};

/** The groups the page shows, in order, with the kinds each holds. */
export const TASK_GROUPS = [
  { id: "overdue", kinds: ["step-overdue", "review-overdue", "consent-expired-in-use"] },
  { id: "soon", kinds: ["step-due", "review-due", "reflection-ending", "consent-expiring", "follow-up-due"] },
  { id: "waiting", kinds: ["referral-waiting"] },
] as const;

/** Her tasks as the page shows them: what, for whom, when, and the page to do it on. */
export async function loadMyWork(caller: Caller, clientId?: string) {
  const tasks = await caller.clients.taskInbox(clientId ? { clientId } : {}).catch(rethrowAsResponse);
  return tasks.map((task) => ({
    kind: task.kind,
    clientId: task.clientId,
    pseudonym: task.pseudonym,
    date: task.date,
    href: `/clients/${task.clientId}${PAGE_OF_KIND[task.kind] ? `/${PAGE_OF_KIND[task.kind]}` : ""}${ANCHOR_OF_KIND[task.kind] ?? ""}`,
    stepLabelKey: task.step?.actionId ? (getAction(task.step.actionId)?.labelKey ?? null) : null,
    stepText: task.step?.freeText ?? null,
    domain: task.step?.domain ?? null,
    providerName: task.providerName,
    consentPurpose: task.consentPurpose,
  }));
}

export type TaskView = Awaited<ReturnType<typeof loadMyWork>>[number];

/** Appointments to sort out (issue 19): two at once for one woman, an interpreter not booked in time. */
export async function loadAppointmentConflicts(caller: Caller) {
  const conflicts = await caller.appointments.conflicts({}).catch(rethrowAsResponse);
  return conflicts.map((conflict) => ({
    key: `${conflict.kind}:${conflict.appointmentIds.join(":")}`,
    kind: conflict.kind,
    clientId: conflict.clientId,
    pseudonym: conflict.pseudonym,
    date: conflict.date,
    href: `/clients/${conflict.clientId}/appointments`,
  }));
}
