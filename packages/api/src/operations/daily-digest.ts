import {
  composeDigest,
  DEFAULT_LOCALE,
  digestCounts,
  inboxTasks,
  isLocale,
  localDateIn,
  localHourIn,
} from "@gesim/core";
import {
  and,
  asc,
  count,
  type Database,
  digestDeliveries,
  eq,
  inArray,
  memberships,
  organisations,
  plans,
  users,
  withTenant,
} from "@gesim/db";
import { recordAudit } from "../audit/record-audit.ts";
import { loadAppointmentConflicts } from "../queries/appointment-conflicts.ts";
import { inboxCases, loadInbox } from "../queries/task-inbox.ts";

/** One e-mail: to a member of staff, counts and a link only (core composeDigest). */
export type DigestMail = { to: string; subject: string; text: string };
export type SendMail = (mail: DigestMail) => Promise<void>;

export type DigestOptions = {
  now: Date;
  /** The planner's public address, for the link to her inbox. */
  appUrl: string;
  send: SendMail;
  /** Digests go out from this hour on the organisation's clock (before it, a run sends nothing). */
  fromHour?: number;
};

export type DigestReport = { organisations: number; organisationsFailed: number; sent: number; failed: number };

/** Staff whose own caseload has an inbox: caseworkers and managers. */
const DIGEST_ROLES = ["caseworker", "manager"] as const;

/**
 * Sends each caseworker and manager who has not turned it off her daily digest (issue 19):
 * her inbox counted by kind, with her appointment conflicts (and, for managers, the plans waiting
 * for approval), once per day
 * on her organisation's clock and not before `fromHour`. Nothing is sent to someone with
 * nothing waiting. A delivery is claimed (digest_deliveries) before sending, so runs in
 * several processes or after a restart never send twice; a failed send gives the claim back
 * for the next run. Each digest sent is audited (no actor: the system sent it). Counts only
 * in the report and the logs: no address, no name.
 */
export async function sendDailyDigests(db: Database, options: DigestOptions): Promise<DigestReport> {
  const { now, fromHour = 7 } = options;
  const orgs = await db
    .select({ id: organisations.id, timeZone: organisations.timeZone })
    .from(organisations)
    .orderBy(asc(organisations.id));
  const report: DigestReport = { organisations: orgs.length, organisationsFailed: 0, sent: 0, failed: 0 };
  for (const org of orgs) {
    if (localHourIn(now, org.timeZone) < fromHour) continue;
    const today = localDateIn(now, org.timeZone);
    try {
      const part = await withTenant(db, org.id, (tx) => digestsOf(tx, org.id, today, options));
      report.sent += part.sent;
      report.failed += part.failed;
    } catch {
      report.organisationsFailed += 1;
    }
  }
  return report;
}

async function digestsOf(db: Database, organisationId: string, today: string, options: DigestOptions) {
  const staff = await db
    .select({ userId: users.id, email: users.email, language: users.language, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.active, true),
        inArray(memberships.role, DIGEST_ROLES),
        eq(users.digestEmails, true),
      ),
    )
    .orderBy(asc(users.id));
  const [waiting] = await db
    .select({ n: count() })
    .from(plans)
    .where(and(eq(plans.organisationId, organisationId), eq(plans.status, "submitted")));
  const part = { sent: 0, failed: 0 };
  for (const member of staff) {
    const tasks = inboxTasks(inboxCases(await loadInbox(db, organisationId, member.userId)), today);
    const conflicts = await loadAppointmentConflicts(db, { organisationId, ...member }, today);
    const counts = digestCounts(tasks, member.role === "manager" ? (waiting?.n ?? 0) : 0, conflicts);
    const locale = isLocale(member.language) ? member.language : DEFAULT_LOCALE;
    const message = composeDigest(counts, locale, options.appUrl);
    if (!message) continue;
    const claimed = await db
      .insert(digestDeliveries)
      .values({ organisationId, userId: member.userId, day: today, sentAt: options.now })
      .onConflictDoNothing()
      .returning({ userId: digestDeliveries.userId });
    if (claimed.length === 0) continue;
    try {
      await options.send({ to: member.email, ...message });
    } catch {
      await db
        .delete(digestDeliveries)
        .where(
          and(
            eq(digestDeliveries.organisationId, organisationId),
            eq(digestDeliveries.userId, member.userId),
            eq(digestDeliveries.day, today),
          ),
        );
      part.failed += 1;
      continue;
    }
    await recordAudit(
      db,
      { organisationId, actorUserId: null, action: "reminders.digest", entityType: "user", entityId: member.userId },
      options.now,
    );
    part.sent += 1;
  }
  return part;
}
