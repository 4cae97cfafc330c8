import { type ClientFacts, clientFactsProblem, factsUnderCountryRules, type SafeContact } from "@gesim/core";
import { and, clients, type Database, eq, memberships } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import type { FieldCipher } from "../../crypto/field-cipher.ts";
import { loadCountryRules } from "../../queries/country-rules.ts";

/**
 * Helpers shared by the clients procedures: the profile-fact columns, loading a client of the
 * caller's organisation, and a member of it.
 */

/**
 * Her safe-contact rules as columns: the rules as structured JSON, the code word apart and
 * encrypted (it must never show in a list, an export or a log). Absent leaves both unchanged.
 */
function safeContactColumns(cipher: FieldCipher, safeContact: ClientFacts["safeContact"]) {
  if (safeContact === undefined) return {};
  if (safeContact === null) return { safeContact: null, safeContactCodeWordCipher: null };
  const { codeWord, ...rules } = safeContact;
  return { safeContact: rules, safeContactCodeWordCipher: codeWord ? cipher.encrypt(codeWord) : null };
}

/** Her safe-contact rules as read from the record, with the code word decrypted (null when not asked yet). */
export function readSafeContact(
  cipher: FieldCipher,
  row: { safeContact: SafeContact | null; safeContactCodeWordCipher: string | null },
): SafeContact | null {
  if (!row.safeContact) return null;
  const { codeWord: _ignored, ...rules } = row.safeContact;
  return row.safeContactCodeWordCipher === null
    ? rules
    : { ...rules, codeWord: cipher.decrypt(row.safeContactCodeWordCipher) };
}

/** The profile facts as column values: an absent optional fact is stored as null. */
export function factColumns(facts: ClientFacts, cipher: FieldCipher) {
  return {
    firstContactDate: facts.firstContactDate,
    firstContactChannel: facts.firstContactChannel ?? null,
    citizenship: facts.citizenship ?? null,
    ageBand: facts.ageBand ?? null,
    childrenCount: facts.childrenCount,
    isPregnant: facts.isPregnant,
    languages: facts.languages,
    needsInterpreter: facts.needsInterpreter,
    legalStatus: facts.legalStatus ?? null,
    reflectionPeriodEnd: facts.reflectionPeriodEnd ?? null,
    reflectionPeriodStart: facts.reflectionPeriodStart ?? null,
    identificationStatus: facts.identificationStatus,
    cooperationWithAuthorities: facts.cooperationWithAuthorities,
    isInTrainingOrWork: facts.isInTrainingOrWork,
    // Facts added for the plan checks (issue 21): absent leaves what is recorded unchanged, so a
    // form that does not ask for them yet cannot wipe them.
    ...(facts.children === undefined ? {} : { children: facts.children }),
    ...(facts.permitBasis === undefined ? {} : { permitBasis: facts.permitBasis }),
    ...(facts.permitType === undefined ? {} : { permitType: facts.permitType }),
    ...(facts.permitExpiresOn === undefined ? {} : { permitExpiresOn: facts.permitExpiresOn }),
    ...(facts.rightToWork === undefined ? {} : { rightToWork: facts.rightToWork }),
    ...(facts.chargesAgainstHer === undefined ? {} : { chargesAgainstHer: facts.chargesAgainstHer }),
    ...(facts.proceedings === undefined ? {} : { proceedings: facts.proceedings }),
    ...(facts.compensationClaim === undefined ? {} : { compensationClaim: facts.compensationClaim }),
    // The full intake (issue 16): likewise absent leaves them unchanged, null clears them; her
    // interpreter need is only kept while she needs one.
    ...(facts.nationality === undefined ? {} : { nationality: facts.nationality }),
    ...safeContactColumns(cipher, facts.safeContact),
    ...(facts.exploitationForms === undefined ? {} : { exploitationForms: facts.exploitationForms }),
    ...(facts.housingSituation === undefined ? {} : { housingSituation: facts.housingSituation }),
    ...(!facts.needsInterpreter
      ? { interpreter: null }
      : facts.interpreter === undefined
        ? {}
        : { interpreter: facts.interpreter }),
  };
}

/**
 * Refuses facts that contradict each other (BAD_REQUEST, nothing written): a children list
 * without one entry per child, a nationality outside her citizenship group.
 */
export function assertFactsFit(facts: ClientFacts): void {
  const problem = clientFactsProblem(facts);
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
}

/**
 * Her facts completed by the organisation's country rules (a configured permit type's basis,
 * the reflection period's end from its start); an unknown permit type is BAD_REQUEST, nothing written.
 */
export async function factsUnderOrganisationRules<Facts extends ClientFacts>(
  db: Database,
  organisationId: string,
  facts: Facts,
): Promise<Facts> {
  const result = factsUnderCountryRules(facts, await loadCountryRules(db, organisationId));
  if (result.problem) throw new TRPCError({ code: "BAD_REQUEST", message: result.problem });
  return { ...facts, ...result.facts };
}

/** The client's state that decisions need; NOT_FOUND when it is not in the organisation. */
export async function loadClientState(db: Database, organisationId: string, clientId: string) {
  const [row] = await db
    .select({ id: clients.id, status: clients.status, caseworkerId: clients.caseworkerId, version: clients.version })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organisationId, organisationId)));
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
  return row;
}

/** A member of the organisation with her role, or null when she is not one. */
export async function findMember(db: Database, organisationId: string, userId: string) {
  const [row] = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row ?? null;
}

/** A stale `version` (or a record changed meanwhile): nothing is overwritten. */
export function conflict(): TRPCError {
  return new TRPCError({ code: "CONFLICT", message: "error.conflict" });
}
