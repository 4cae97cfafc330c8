import { followUpDue } from "../clients/follow-up.ts";
import type { ConsentPurpose } from "../consent/consent.ts";
import { addDays } from "./iso-date.ts";
import { isOverdue } from "./overdue.ts";
import type { ActionStatus } from "./plan.ts";

/**
 * A caseworker's "My work" (issue 16): what is due across her caseload, decided here so the
 * inbox, her overview and any reminder agree. Overdue uses the one definition (isOverdue).
 */

/** How far ahead a step or review counts as due soon, and a reflection period as ending. */
export const DUE_SOON_DAYS = 7;
export const REFLECTION_ENDING_DAYS = 14;
/** How far ahead a consent counts as expiring: time to ask her again before it lapses. */
export const CONSENT_EXPIRING_DAYS = 30;

export const TASK_KINDS = [
  "step-overdue",
  "review-overdue",
  "consent-expired-in-use",
  "step-due",
  "review-due",
  "reflection-ending",
  "consent-expiring",
  "referral-waiting",
  "follow-up-due",
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export type InboxCase = {
  clientId: string;
  nextReviewDate: string | null;
  reflectionPeriodEnd: string | null;
  steps: readonly { id: string; status: ActionStatus; dueDate: string | null }[];
  /** Referrals sent and not answered yet by the provider. */
  referrals: readonly { id: string; status: string; sentOn: string }[];
  /** Her consents (withdrawn ones included: they never count). */
  consents?: readonly { id: string; recipient: string | null; expiresOn: string | null; withdrawnOn: string | null }[];
  /** The providers of her open referrals (sent or accepted): a lapsed consent to one of them is still in use. */
  openReferralProviderIds?: readonly string[];
  /**
   * A closed case's follow-up contact (issue 21 "Closure and follow-up") with her consents to be
   * contacted after closure: due from its day while not done, the case not reopened, her consent valid.
   */
  followUp?: {
    closureId: string;
    followUpOn: string | null;
    followUpDoneOn: string | null;
    reopenedOn: string | null;
    consents: readonly {
      purpose: ConsentPurpose;
      givenOn: string;
      withdrawnOn: string | null;
      expiresOn: string | null;
    }[];
  };
};

/** One thing to do: for whom, what, by when (or since when, for a referral). */
export type Task = { kind: TaskKind; clientId: string; refId: string | null; date: string };

function stepTasks(item: InboxCase, today: string, soon: string): Task[] {
  return item.steps.flatMap((step): Task[] => {
    if (!step.dueDate) return [];
    if (isOverdue(step, today))
      return [{ kind: "step-overdue", clientId: item.clientId, refId: step.id, date: step.dueDate }];
    const open = step.status === "planned" || step.status === "in-progress";
    return open && step.dueDate <= soon
      ? [{ kind: "step-due", clientId: item.clientId, refId: step.id, date: step.dueDate }]
      : [];
  });
}

function followUpTasks(item: InboxCase, today: string): Task[] {
  const followUp = item.followUp;
  if (!followUp?.followUpOn) return [];
  const consents = followUp.consents.map((c) => ({
    purpose: c.purpose,
    givenOn: c.givenOn,
    withdrawnOn: c.withdrawnOn ?? undefined,
    expiresOn: c.expiresOn ?? undefined,
  }));
  return followUpDue(followUp, consents, today)
    ? [{ kind: "follow-up-due", clientId: item.clientId, refId: followUp.closureId, date: followUp.followUpOn }]
    : [];
}

function caseTasks(item: InboxCase, today: string, soon: string): Task[] {
  const tasks: Task[] = [];
  const review = item.nextReviewDate;
  if (review && review < today)
    tasks.push({ kind: "review-overdue", clientId: item.clientId, refId: null, date: review });
  else if (review && review <= soon)
    tasks.push({ kind: "review-due", clientId: item.clientId, refId: null, date: review });
  const reflection = item.reflectionPeriodEnd;
  if (reflection && reflection >= today && reflection <= addDays(today, REFLECTION_ENDING_DAYS))
    tasks.push({ kind: "reflection-ending", clientId: item.clientId, refId: null, date: reflection });
  for (const referral of item.referrals)
    if (referral.status === "sent")
      tasks.push({ kind: "referral-waiting", clientId: item.clientId, refId: referral.id, date: referral.sentOn });
  return tasks;
}

/**
 * Her consents to renew: one that expires within CONSENT_EXPIRING_DAYS, and one already
 * expired that an open referral to its recipient still relies on (sharing must stop or she
 * must be asked again). A withdrawn consent is her decision: never a task.
 */
function consentTasks(item: InboxCase, today: string): Task[] {
  const horizon = addDays(today, CONSENT_EXPIRING_DAYS);
  const inUse = new Set(item.openReferralProviderIds ?? []);
  return (item.consents ?? []).flatMap((consent): Task[] => {
    const { expiresOn } = consent;
    if (consent.withdrawnOn !== null || expiresOn === null) return [];
    if (expiresOn < today)
      return consent.recipient !== null && inUse.has(consent.recipient)
        ? [{ kind: "consent-expired-in-use", clientId: item.clientId, refId: consent.id, date: expiresOn }]
        : [];
    return expiresOn <= horizon
      ? [{ kind: "consent-expiring", clientId: item.clientId, refId: consent.id, date: expiresOn }]
      : [];
  });
}

/**
 * Everything due across her cases: overdue first, then due soon, then what waits on others;
 * within each, the earliest date first.
 */
export function inboxTasks(cases: readonly InboxCase[], today: string): Task[] {
  const soon = addDays(today, DUE_SOON_DAYS);
  return cases
    .flatMap((item) => [
      ...stepTasks(item, today, soon),
      ...caseTasks(item, today, soon),
      ...consentTasks(item, today),
      ...followUpTasks(item, today),
    ])
    .sort((a, b) => TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind) || a.date.localeCompare(b.date));
}
