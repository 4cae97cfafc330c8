import { type ErasureParts, withoutNotes } from "@gesim/core";
import {
  actions,
  and,
  appointments,
  assessments,
  clientIdentities,
  clientShares,
  clients,
  complaints,
  consents,
  type Database,
  documents,
  eq,
  goals,
  identityReveals,
  ne,
  notes,
  plans,
  referrals,
  reviews,
  sql,
} from "@gesim/db";

/**
 * Erasure of one client's record: the single code path for erasure on request
 * (clients.erase) and the retention job (issue 7). Runs inside the organisation's tenant
 * transaction it is given. Every free-text column of the schema is listed here; the
 * pseudonymised statistical facts (profile facts, statuses, dates, domains, levels, closure
 * reasons, consent purposes and dates) stay for the indicators.
 *
 * - narrative: notes, complaint details and outcomes, goal wording and scale descriptions, action free text and barrier
 *   notes, review summaries, the plan's return comment, referral outcomes, consent recipients,
 *   assessment notes, the places of her appointments, the shares with colleagues and the chosen
 *   pseudonym (replaced by `erased-<id>`), and her documents (title and file);
 * - identity: the identity vault, the reveal records with their justifications, her identity
 *   papers (documents of that kind), and her
 *   safe-contact rules (they go with her contact details).
 *
 * Idempotent: each statement only touches what is still there, and the counts say what changed.
 */
export type ErasureCounts = Record<string, number>;

export const ERASED_PSEUDONYM_PREFIX = "erased-";

type Scope = { organisationId: string; clientId: string };

async function eraseNarrative(tx: Database, { organisationId, clientId }: Scope, now: Date): Promise<ErasureCounts> {
  const counts: ErasureCounts = {};
  const count = (name: string, rows: unknown[]) => {
    counts[name] = rows.length;
  };
  count(
    "notes",
    await tx
      .delete(notes)
      .where(and(eq(notes.organisationId, organisationId), eq(notes.clientId, clientId)))
      .returning({ id: notes.id }),
  );
  // Her documents (issue 19), title and file; identity papers go with her identity.
  count(
    "documents",
    await tx
      .delete(documents)
      .where(
        and(
          eq(documents.organisationId, organisationId),
          eq(documents.clientId, clientId),
          ne(documents.kind, "identity-paper"),
        ),
      )
      .returning({ id: documents.id }),
  );
  count(
    "appointmentPlaces",
    await tx
      .update(appointments)
      .set({ placeCipher: null, updatedAt: now })
      .where(
        and(
          eq(appointments.organisationId, organisationId),
          eq(appointments.clientId, clientId),
          sql`${appointments.placeCipher} is not null`,
        ),
      )
      .returning({ id: appointments.id }),
  );
  // Her complaints (issue 21): what it was about and its outcome; subject, status and dates stay.
  count(
    "complaintTexts",
    await tx
      .update(complaints)
      .set({ detailsCipher: null, outcomeCipher: null, updatedAt: now })
      .where(
        and(
          eq(complaints.organisationId, organisationId),
          eq(complaints.clientId, clientId),
          sql`(${complaints.detailsCipher} is not null or ${complaints.outcomeCipher} is not null)`,
        ),
      )
      .returning({ id: complaints.id }),
  );
  count(
    "shares",
    await tx
      .delete(clientShares)
      .where(and(eq(clientShares.organisationId, organisationId), eq(clientShares.clientId, clientId)))
      .returning({ id: clientShares.userId }),
  );
  count(
    "goals",
    await tx
      .update(goals)
      .set({ legacyText: null, textCipher: null, legacyGasLevels: null, gasLevelsCipher: null, updatedAt: now })
      .where(
        and(
          eq(goals.organisationId, organisationId),
          eq(goals.clientId, clientId),
          sql`(${goals.legacyText} is not null or ${goals.textCipher} is not null or ${goals.legacyGasLevels} is not null or ${goals.gasLevelsCipher} is not null)`,
        ),
      )
      .returning({ id: goals.id }),
  );
  count(
    "actions",
    await tx
      .update(actions)
      .set({
        legacyFreeText: null,
        freeTextCipher: null,
        legacyBarrierNote: null,
        barrierNoteCipher: null,
        updatedAt: now,
      })
      .where(
        and(
          eq(actions.organisationId, organisationId),
          eq(actions.clientId, clientId),
          sql`(${actions.legacyFreeText} is not null or ${actions.freeTextCipher} is not null or ${actions.legacyBarrierNote} is not null or ${actions.barrierNoteCipher} is not null)`,
        ),
      )
      .returning({ id: actions.id }),
  );
  count(
    "reviews",
    await tx
      .update(reviews)
      .set({ summary: null, updatedAt: now })
      .where(
        and(
          eq(reviews.organisationId, organisationId),
          eq(reviews.clientId, clientId),
          sql`${reviews.summary} is not null`,
        ),
      )
      .returning({ id: reviews.id }),
  );
  count(
    "plans",
    await tx
      .update(plans)
      .set({ returnComment: null, updatedAt: now })
      .where(
        and(
          eq(plans.organisationId, organisationId),
          eq(plans.clientId, clientId),
          sql`${plans.returnComment} is not null`,
        ),
      )
      .returning({ id: plans.id }),
  );
  count(
    "referrals",
    await tx
      .update(referrals)
      .set({ outcome: null, updatedAt: now })
      .where(
        and(
          eq(referrals.organisationId, organisationId),
          eq(referrals.clientId, clientId),
          sql`${referrals.outcome} is not null`,
        ),
      )
      .returning({ id: referrals.id }),
  );
  count(
    "consents",
    await tx
      .update(consents)
      .set({ recipient: null, recipientCipher: null, updatedAt: now })
      .where(
        and(
          eq(consents.organisationId, organisationId),
          eq(consents.clientId, clientId),
          sql`(${consents.recipient} is not null or ${consents.recipientCipher} is not null)`,
        ),
      )
      .returning({ id: consents.id }),
  );
  counts.assessments = await eraseAssessmentNotes(tx, { organisationId, clientId }, now);
  count(
    "pseudonym",
    await tx
      .update(clients)
      .set({ pseudonym: `${ERASED_PSEUDONYM_PREFIX}${clientId}`, updatedAt: now })
      .where(
        and(
          eq(clients.organisationId, organisationId),
          eq(clients.id, clientId),
          ne(clients.pseudonym, `${ERASED_PSEUDONYM_PREFIX}${clientId}`),
        ),
      )
      .returning({ id: clients.id }),
  );
  return counts;
}

/**
 * Needs and risk assessments carry a free-text note per item (encrypted apart, or inside the
 * content when written before that): rewrite only those that have one.
 */
async function eraseAssessmentNotes(tx: Database, { organisationId, clientId }: Scope, now: Date): Promise<number> {
  const rows = await tx
    .select({ id: assessments.id, content: assessments.content, notesCipher: assessments.notesCipher })
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.clientId, clientId)));
  let changed = 0;
  for (const row of rows) {
    const stripped = withoutNotes(row.content);
    if (stripped === row.content && row.notesCipher === null) continue;
    await tx
      .update(assessments)
      .set({ content: stripped, notesCipher: null, updatedAt: now })
      .where(and(eq(assessments.organisationId, organisationId), eq(assessments.id, row.id)));
    changed += 1;
  }
  return changed;
}

async function eraseIdentity(tx: Database, { organisationId, clientId }: Scope, now: Date): Promise<ErasureCounts> {
  const vault = await tx
    .delete(clientIdentities)
    .where(and(eq(clientIdentities.organisationId, organisationId), eq(clientIdentities.clientId, clientId)))
    .returning({ id: clientIdentities.clientId });
  const reveals = await tx
    .delete(identityReveals)
    .where(and(eq(identityReveals.organisationId, organisationId), eq(identityReveals.clientId, clientId)))
    .returning({ id: identityReveals.id });
  const papers = await tx
    .delete(documents)
    .where(
      and(
        eq(documents.organisationId, organisationId),
        eq(documents.clientId, clientId),
        eq(documents.kind, "identity-paper"),
      ),
    )
    .returning({ id: documents.id });
  // How she may be reached belongs with her contact details: it goes with them.
  const safeContact = await tx
    .update(clients)
    .set({ safeContact: null, safeContactCodeWordCipher: null, updatedAt: now })
    .where(
      and(
        eq(clients.organisationId, organisationId),
        eq(clients.id, clientId),
        sql`(${clients.safeContact} is not null or ${clients.safeContactCodeWordCipher} is not null)`,
      ),
    )
    .returning({ id: clients.id });
  return {
    identity: vault.length,
    reveals: reveals.length,
    identityPapers: papers.length,
    safeContact: safeContact.length,
  };
}

/**
 * Erases the given parts of one client's record; with both parts it also marks the record
 * erased (`clients.erased_at`). Returns how many rows each step changed (all zero when it had
 * been done before).
 */
export async function eraseClientRecord(
  tx: Database,
  scope: Scope,
  parts: ErasureParts,
  now: Date,
): Promise<ErasureCounts> {
  const counts: ErasureCounts = {
    ...(parts.narrative ? await eraseNarrative(tx, scope, now) : {}),
    ...(parts.identity ? await eraseIdentity(tx, scope, now) : {}),
  };
  if (parts.narrative && parts.identity) {
    const marked = await tx
      .update(clients)
      .set({ erasedAt: now, updatedAt: now })
      .where(
        and(
          eq(clients.organisationId, scope.organisationId),
          eq(clients.id, scope.clientId),
          sql`${clients.erasedAt} is null`,
        ),
      )
      .returning({ id: clients.id });
    counts.marked = marked.length;
  }
  return counts;
}

/** Whether any step changed anything (an audit event is worth writing). */
export function erasedAnything(counts: ErasureCounts): boolean {
  return Object.values(counts).some((n) => n > 0);
}
