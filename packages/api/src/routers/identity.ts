import { IdentityDetailsSchema, RevealRequestSchema, VersionSchema } from "@gesim/core";
import { and, clientIdentities, type Database, eq, identityReveals, sql } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { clientProcedure } from "../trpc.ts";

const FIELDS = ["legalName", "dateOfBirth", "contact", "address"] as const;
type Field = (typeof FIELDS)[number];

const details = IdentityDetailsSchema.shape;

/** Each field: a new value, null to clear it, or absent to leave it as it is (she cannot see it). */
const SetIdentityInputSchema = z.object({
  clientId: z.uuid(),
  /** The version from `status`; absent when no identity details exist yet. */
  version: VersionSchema.optional(),
  legalName: details.legalName.unwrap().nullable().optional(),
  dateOfBirth: details.dateOfBirth.unwrap().nullable().optional(),
  contact: details.contact.unwrap().nullable().optional(),
  address: details.address.unwrap().nullable().optional(),
});

function encryptChanges(cipher: FieldCipher, input: Partial<Record<Field, string | null>>) {
  const changes: Partial<Record<Field, string | null>> = {};
  for (const field of FIELDS) {
    const value = input[field];
    if (value !== undefined) changes[field] = value === null ? null : cipher.encrypt(value);
  }
  return changes;
}

async function loadIdentity(ctx: { db: Database; session: { organisationId: string } }, clientId: string) {
  const [row] = await ctx.db
    .select()
    .from(clientIdentities)
    .where(
      and(eq(clientIdentities.clientId, clientId), eq(clientIdentities.organisationId, ctx.session.organisationId)),
    );
  return row ?? null;
}

/**
 * The identity vault: her legal name, date of birth, contact and address, stored only as
 * AES-256-GCM ciphertext. Her caseworker, caseworkers she is shared with, and managers.
 */
export const identityRouter = {
  /** Which details exist, never their values; audited. */
  status: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const row = await loadIdentity(ctx, input.clientId);
      await recordAudit(
        ctx.db,
        {
          organisationId: ctx.session.organisationId,
          actorUserId: ctx.session.userId,
          action: "identity.status",
          entityType: "identity",
          entityId: input.clientId,
        },
        ctx.now,
      );
      const has = Object.fromEntries(FIELDS.map((field) => [field, Boolean(row?.[field])])) as Record<Field, boolean>;
      return { exists: row !== null, has, version: row?.version ?? null };
    }),

  /** Writes the given fields, encrypted; creates the record (no `version`) or updates it (its `version`). Audited. */
  set: clientProcedure("caseworker", "manager")
    .input(SetIdentityInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const changes = encryptChanges(ctx.cipher, input);
      const [saved] =
        input.version === undefined
          ? await ctx.db
              .insert(clientIdentities)
              .values({ clientId: input.clientId, organisationId, ...changes })
              .onConflictDoNothing()
              .returning({ version: clientIdentities.version })
          : await ctx.db
              .update(clientIdentities)
              .set({ ...changes, version: sql`${clientIdentities.version} + 1`, updatedAt: ctx.now })
              .where(
                and(
                  eq(clientIdentities.clientId, input.clientId),
                  eq(clientIdentities.organisationId, organisationId),
                  eq(clientIdentities.version, input.version),
                ),
              )
              .returning({ version: clientIdentities.version });
      if (!saved) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "identity.update",
          entityType: "identity",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return { version: saved.version };
    }),

  /**
   * Break-glass: decrypts who she is, with a reason category and a written justification. The
   * audit event records the category in its action (`identity.reveal:<reason>`); the
   * justification is never written to the audit log (it may name people): it is kept,
   * encrypted, in identity_reveals for managers to review.
   */
  reveal: clientProcedure("caseworker", "manager")
    .input(RevealRequestSchema.extend({ clientId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const row = await loadIdentity(ctx, input.clientId);
      await ctx.db.insert(identityReveals).values({
        organisationId: ctx.session.organisationId,
        clientId: input.clientId,
        revealedBy: ctx.session.userId,
        reason: input.reason,
        justification: ctx.cipher.encrypt(input.justification),
        createdAt: ctx.now,
      });
      await recordAudit(
        ctx.db,
        {
          organisationId: ctx.session.organisationId,
          actorUserId: ctx.session.userId,
          action: `identity.reveal:${input.reason}`,
          entityType: "identity",
          entityId: input.clientId,
        },
        ctx.now,
      );
      const reveal = (value: string | null | undefined) => (value ? ctx.cipher.decrypt(value) : null);
      return Object.fromEntries(FIELDS.map((field) => [field, reveal(row?.[field])])) as Record<Field, string | null>;
    }),
} satisfies TRPCRouterRecord;
