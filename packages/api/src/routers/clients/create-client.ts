import {
  ageBandOf,
  ClientFactsSchema,
  generatePseudonym,
  IsoDateSchema,
  intakeRefusal,
  PseudonymSchema,
  type RandomSource,
  shareTargetProblem,
} from "@gesim/core";
import { clients, type Database } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { cryptoRandom } from "../../crypto/random.ts";
import { organisationProcedure } from "../../trpc.ts";
import { assertFactsFit, factColumns, factsUnderOrganisationRules, findMember } from "./client-records.ts";

export const CreateClientInputSchema = ClientFactsSchema.extend({
  /** Chosen by the caseworker, or generated ("Willow-042") when absent. */
  pseudonym: PseudonymSchema.optional(),
  /** Asked at intake; a girl is referred to child protection, never taken on. */
  isAdult: z.boolean(),
  /** Only to derive the age band; never stored (her date of birth belongs in the identity vault). */
  ageYears: z.int().min(0).max(120).optional(),
  /** A manager may assign a caseworker; a caseworker's new client is her own. */
  caseworkerId: z.uuid().optional(),
  nextReviewDate: IsoDateSchema.optional(),
});

const GENERATION_ATTEMPTS = 20;
export type NewClient = Omit<typeof clients.$inferInsert, "pseudonym">;

/** Inserts with the pseudonym, or null when the organisation already uses it (the unique index decides). */
async function insertWithPseudonym(db: Database, values: NewClient, pseudonym: string) {
  const [row] = await db
    .insert(clients)
    .values({ ...values, pseudonym })
    .onConflictDoNothing()
    .returning({ id: clients.id, pseudonym: clients.pseudonym, version: clients.version });
  return row ?? null;
}

/** Tries fresh generated pseudonyms until one is free in the organisation; null after too many collisions. */
export async function insertWithGeneratedPseudonym(
  db: Database,
  values: NewClient,
  random: RandomSource = cryptoRandom,
) {
  for (let attempt = 0; attempt < GENERATION_ATTEMPTS; attempt += 1) {
    const created = await insertWithPseudonym(db, values, generatePseudonym(random));
    if (created) return created;
  }
  return null;
}

/** Whom the new client belongs to: the creating caseworker, or whom a manager names (or nobody yet). */
async function chooseCaseworker(
  db: Database,
  session: { organisationId: string; userId: string; role: string },
  requested: string | undefined,
) {
  if (session.role !== "manager") {
    if (requested !== undefined && requested !== session.userId)
      throw new TRPCError({ code: "FORBIDDEN", message: "error.forbidden" });
    return session.userId;
  }
  if (requested === undefined) return null;
  const problem = shareTargetProblem(await findMember(db, session.organisationId, requested), { caseworkerId: null });
  if (problem === "not-found") throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: "clients.error.notACaseworker" });
  return requested;
}

/**
 * Intake: opens a case under a pseudonym. Caseworkers and managers of the organisation. Only
 * adult women (ClientProfileSchema); her cooperation with the authorities is recorded, never
 * a condition. A chosen pseudonym already in use is CONFLICT; a generated one is retried.
 */
export const createClient = organisationProcedure("caseworker", "manager")
  .input(CreateClientInputSchema)
  .mutation(async ({ ctx, input }) => {
    const refusal = intakeRefusal(input);
    if (refusal) throw new TRPCError({ code: "BAD_REQUEST", message: refusal });
    assertFactsFit(input);
    const { organisationId, userId } = ctx.session;
    const caseworkerId = await chooseCaseworker(ctx.db, ctx.session, input.caseworkerId);
    const ageBand = input.ageBand ?? (input.ageYears !== undefined ? ageBandOf(input.ageYears) : undefined);
    const facts = await factsUnderOrganisationRules(ctx.db, organisationId, { ...input, ageBand });
    const values: NewClient = {
      organisationId,
      caseworkerId,
      ...factColumns(facts, ctx.cipher),
      nextReviewDate: input.nextReviewDate ?? null,
    };
    const created =
      input.pseudonym !== undefined
        ? await insertWithPseudonym(ctx.db, values, input.pseudonym)
        : await insertWithGeneratedPseudonym(ctx.db, values);
    if (!created) throw new TRPCError({ code: "CONFLICT", message: "clients.pseudonymTaken" });
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "client.create", entityType: "client", entityId: created.id },
      ctx.now,
    );
    return { ...created, caseworkerId };
  });
