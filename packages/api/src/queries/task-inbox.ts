import type { InboxCase } from "@gesim/core";
import {
  actions,
  and,
  asc,
  clientShares,
  clients,
  closures,
  consents,
  type Database,
  eq,
  inArray,
  isNull,
  ne,
  or,
  referrals,
  serviceProviders,
  sql,
} from "@gesim/db";
import { followUpConsentsOf } from "./follow-up.ts";

/** At most this many of her cases are looked at (a caseload is far smaller). */
const MAX_CASES = 500;

/**
 * Her own caseload's open work, loaded for the inbox and the daily digest: the women she is
 * responsible for and those shared with her (open, not erased), their open steps with a due
 * date, their referrals without an answer, their consents with an end date (not withdrawn) and
 * the providers of their open referrals. Core (`inboxTasks`) decides what is due.
 */
export async function loadInbox(db: Database, organisationId: string, userId: string, clientId?: string) {
  const sharedWithHer = db
    .select({ id: clientShares.clientId })
    .from(clientShares)
    .where(and(eq(clientShares.organisationId, organisationId), eq(clientShares.userId, userId)));
  const cases = await db
    .select({
      id: clients.id,
      pseudonym: clients.pseudonym,
      nextReviewDate: clients.nextReviewDate,
      reflectionPeriodEnd: clients.reflectionPeriodEnd,
    })
    .from(clients)
    .where(
      and(
        eq(clients.organisationId, organisationId),
        or(eq(clients.caseworkerId, userId), inArray(clients.id, sharedWithHer)),
        ne(clients.status, "closed"),
        isNull(clients.erasedAt),
        clientId ? eq(clients.id, clientId) : undefined,
      ),
    )
    .orderBy(asc(clients.pseudonym))
    .limit(MAX_CASES);
  const ids = cases.map((c) => c.id);
  const [steps, sent, consentRows, open] = ids.length
    ? await Promise.all([
        db
          .select({
            id: actions.id,
            clientId: actions.clientId,
            status: actions.status,
            dueDate: actions.dueDate,
            domain: actions.domain,
            catalogueActionId: actions.catalogueActionId,
            freeTextCipher: actions.freeTextCipher,
            legacyFreeText: actions.legacyFreeText,
          })
          .from(actions)
          .where(
            and(
              eq(actions.organisationId, organisationId),
              inArray(actions.clientId, ids),
              inArray(actions.status, ["planned", "in-progress"]),
              sql`${actions.dueDate} is not null`,
            ),
          ),
        db
          .select({
            id: referrals.id,
            clientId: referrals.clientId,
            status: referrals.status,
            sentOn: referrals.sentOn,
            providerName: serviceProviders.name,
          })
          .from(referrals)
          .innerJoin(serviceProviders, eq(serviceProviders.id, referrals.providerId))
          .where(
            and(
              eq(referrals.organisationId, organisationId),
              inArray(referrals.clientId, ids),
              eq(referrals.status, "sent"),
            ),
          ),
        db
          .select({
            id: consents.id,
            clientId: consents.clientId,
            purpose: consents.purpose,
            recipient: consents.recipient,
            expiresOn: consents.expiresOn,
            withdrawnOn: consents.withdrawnOn,
          })
          .from(consents)
          .where(
            and(
              eq(consents.organisationId, organisationId),
              inArray(consents.clientId, ids),
              isNull(consents.withdrawnOn),
              sql`${consents.expiresOn} is not null`,
            ),
          ),
        db
          .select({ clientId: referrals.clientId, providerId: referrals.providerId })
          .from(referrals)
          .where(
            and(
              eq(referrals.organisationId, organisationId),
              inArray(referrals.clientId, ids),
              inArray(referrals.status, ["sent", "accepted"]),
            ),
          ),
      ])
    : [[], [], [], []];
  const followUps = await loadFollowUps(db, organisationId, userId, clientId);
  return { cases, steps, sent, consents: consentRows, openReferrals: open, followUps };
}

/**
 * Her closed cases with a follow-up contact planned and not made (issue 21 "Closure and
 * follow-up"), with their follow-up-contact consents: core decides whether one is due.
 */
async function loadFollowUps(db: Database, organisationId: string, userId: string, clientId?: string) {
  const sharedWithHer = db
    .select({ id: clientShares.clientId })
    .from(clientShares)
    .where(and(eq(clientShares.organisationId, organisationId), eq(clientShares.userId, userId)));
  const pending = await db
    .select({
      clientId: clients.id,
      pseudonym: clients.pseudonym,
      closureId: closures.id,
      followUpOn: closures.followUpOn,
      followUpDoneOn: closures.followUpDoneOn,
      reopenedOn: closures.reopenedOn,
    })
    .from(closures)
    .innerJoin(clients, eq(clients.id, closures.clientId))
    .where(
      and(
        eq(closures.organisationId, organisationId),
        or(eq(clients.caseworkerId, userId), inArray(clients.id, sharedWithHer)),
        eq(clients.status, "closed"),
        isNull(clients.erasedAt),
        isNull(closures.reopenedOn),
        isNull(closures.followUpDoneOn),
        sql`${closures.followUpOn} is not null`,
        clientId ? eq(clients.id, clientId) : undefined,
      ),
    )
    .limit(MAX_CASES);
  const ids = pending.map((p) => p.clientId);
  const agreed = await followUpConsentsOf(db, organisationId, ids);
  return pending.map((p) => ({ ...p, consents: agreed.filter((c) => c.clientId === p.clientId) }));
}

export type InboxRows = Awaited<ReturnType<typeof loadInbox>>;

/** The rows as core's inbox cases, one per woman. */
export function inboxCases({ cases, steps, sent, consents, openReferrals, followUps }: InboxRows): InboxCase[] {
  const closed: InboxCase[] = followUps.map((f) => ({
    clientId: f.clientId,
    nextReviewDate: null,
    reflectionPeriodEnd: null,
    steps: [],
    referrals: [],
    followUp: f,
  }));
  return [
    ...closed,
    ...cases.map((c) => ({
      clientId: c.id,
      nextReviewDate: c.nextReviewDate,
      reflectionPeriodEnd: c.reflectionPeriodEnd,
      steps: steps.filter((s) => s.clientId === c.id),
      referrals: sent.filter((r) => r.clientId === c.id),
      consents: consents.filter((k) => k.clientId === c.id),
      openReferralProviderIds: openReferrals.filter((r) => r.clientId === c.id).map((r) => r.providerId),
    })),
  ];
}
