/**
 * Funding relationships (issue 6, domain.md §5.5, §7.2): an organisation's admin decides which
 * relationships her organisation reports to, which of her funder users belong to them, and
 * her organisation's differential-privacy budget on its own link. Row-level security
 * (migrations 0003, 0006) shows an organisation only the relationships it is linked to and lets
 * it write only its own link. A member's releases cover only the organisations in which she
 * holds an active funder membership (ADR 009), so each organisation decides who sees its data.
 * Shapes:
 *
 * admin.funding.list() → [{ relationshipId, name, epsilonPerPeriod: number | null (her link's), version (her link's),
 *                          organisations: number, members: [{ userId, displayName, seesOurData }] }]   (admin, manager)
 *   members: those with a membership in her organisation; seesOurData: an active funder membership here.
 * admin.funding.create({ name, epsilonPerPeriod: number | null }) → { relationshipId }     (links her organisation)
 * admin.funding.link({ relationshipId }) / unlink({ relationshipId }) → { ok: true }      (a new link starts with the relationship's initial ε)
 * admin.funding.addMember({ relationshipId, userId }) / removeMember(…) → { ok: true }     (a funder of her organisation)
 * admin.funding.setEpsilon({ relationshipId, epsilonPerPeriod: number | null, version }) → { version }   (her link only)
 */
import { randomUUID } from "node:crypto";
import { EpsilonInputSchema, VersionSchema } from "@gesim/core";
import {
  and,
  asc,
  eq,
  fundingRelationshipMembers,
  fundingRelationshipOrganisations,
  fundingRelationships,
  inArray,
  memberships,
  sql,
  users,
} from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import type { Context } from "../../context.ts";
import { findMembership } from "../../queries/staff.ts";
import { refuseStaleOrMissing } from "../../queries/versioned-write.ts";
import { organisationProcedure } from "../../trpc.ts";

const RelationshipRef = z.object({ relationshipId: z.uuid() });
const MemberRef = RelationshipRef.extend({ userId: z.uuid() });
const EpsilonInput = EpsilonInputSchema.nullable();
type Ctx = Omit<Context, "session"> & { session: SessionUser };

async function audit(ctx: Ctx, action: string, relationshipId: string) {
  await recordAudit(
    ctx.db,
    {
      organisationId: ctx.session.organisationId,
      actorUserId: ctx.session.userId,
      action,
      entityType: "funding-relationship",
      entityId: relationshipId,
    },
    ctx.now,
  );
}

/** Her organisation's link to a relationship (row-level security shows no other organisation's). */
function ownLink(ctx: Ctx, relationshipId: string | typeof fundingRelationships.id) {
  return and(
    eq(fundingRelationshipOrganisations.relationshipId, relationshipId),
    eq(fundingRelationshipOrganisations.organisationId, ctx.session.organisationId),
  );
}

/** A relationship her organisation is linked to, else NOT_FOUND (never saying it exists). */
async function assertLinked(ctx: Ctx, relationshipId: string) {
  const [row] = await ctx.db
    .select({ id: fundingRelationships.id })
    .from(fundingRelationships)
    .where(eq(fundingRelationships.id, relationshipId));
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
}

export const fundingRouter = {
  list: organisationProcedure("admin", "manager")
    .input(z.void())
    .query(async ({ ctx }) => {
      const rows = await ctx.db
        .select({
          relationshipId: fundingRelationships.id,
          name: fundingRelationships.name,
          epsilonPerPeriod: fundingRelationshipOrganisations.epsilonPerPeriod,
          version: fundingRelationshipOrganisations.version,
          organisations: sql<number>`(select count(*)::int from gesim_relationship_organisations(${fundingRelationships.id}))`,
        })
        .from(fundingRelationships)
        .innerJoin(fundingRelationshipOrganisations, ownLink(ctx, fundingRelationships.id))
        .orderBy(asc(fundingRelationships.name), asc(fundingRelationships.id));
      const ids = rows.map((r) => r.relationshipId);
      // Members of other organisations stay nameless: users are visible only through a membership here.
      const members = ids.length
        ? await ctx.db
            .select({
              relationshipId: fundingRelationshipMembers.relationshipId,
              userId: users.id,
              displayName: users.displayName,
              seesOurData: sql<boolean>`(${memberships.role} = 'funder' and ${memberships.active})`,
            })
            .from(fundingRelationshipMembers)
            .innerJoin(users, eq(users.id, fundingRelationshipMembers.userId))
            .innerJoin(
              memberships,
              and(eq(memberships.userId, users.id), eq(memberships.organisationId, ctx.session.organisationId)),
            )
            .where(inArray(fundingRelationshipMembers.relationshipId, ids))
            .orderBy(asc(users.displayName))
        : [];
      return rows.map((r) => ({
        ...r,
        organisations: Number(r.organisations),
        members: members
          .filter((m) => m.relationshipId === r.relationshipId)
          .map(({ userId, displayName, seesOurData }) => ({ userId, displayName, seesOurData: Boolean(seesOurData) })),
      }));
    }),

  create: organisationProcedure("admin")
    .input(z.object({ name: z.string().trim().min(1).max(120), epsilonPerPeriod: EpsilonInput }))
    .mutation(async ({ ctx, input }) => {
      // Not visible before the link exists, so no RETURNING: the id is made here.
      const relationshipId = randomUUID();
      await ctx.db
        .insert(fundingRelationships)
        .values({ id: relationshipId, name: input.name, epsilonPerPeriod: input.epsilonPerPeriod });
      await ctx.db.insert(fundingRelationshipOrganisations).values({
        relationshipId,
        organisationId: ctx.session.organisationId,
        epsilonPerPeriod: input.epsilonPerPeriod,
      });
      await audit(ctx, "admin.funding.create", relationshipId);
      return { relationshipId };
    }),

  link: organisationProcedure("admin")
    .input(RelationshipRef)
    .mutation(async ({ ctx, input }) => {
      // Joining needs the id from the relationship's other organisations; an unknown id is NOT_FOUND.
      let linked: unknown[];
      try {
        // A savepoint: the foreign-key error of an unknown id must not abort the request transaction.
        linked = await ctx.db.transaction(async (sp) =>
          sp
            .insert(fundingRelationshipOrganisations)
            .values({ relationshipId: input.relationshipId, organisationId: ctx.session.organisationId })
            .onConflictDoNothing()
            .returning({ version: fundingRelationshipOrganisations.version }),
        );
      } catch {
        throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      }
      // A new link starts with the relationship's initial ε (visible only now); an existing one keeps hers.
      if (linked.length > 0) {
        await ctx.db
          .update(fundingRelationshipOrganisations)
          .set({
            epsilonPerPeriod: sql`(select ${fundingRelationships.epsilonPerPeriod} from ${fundingRelationships} where ${fundingRelationships.id} = ${input.relationshipId})`,
          })
          .where(ownLink(ctx, input.relationshipId));
      }
      await audit(ctx, "admin.funding.link", input.relationshipId);
      return { ok: true as const };
    }),

  /** Idempotent: unlinking a relationship she is not linked to changes nothing. */
  unlink: organisationProcedure("admin")
    .input(RelationshipRef)
    .mutation(async ({ ctx, input }) => {
      const own = ctx.db
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.organisationId, ctx.session.organisationId));
      // Her organisation's funders leave with it (while the relationship is still visible).
      await ctx.db
        .delete(fundingRelationshipMembers)
        .where(
          and(
            eq(fundingRelationshipMembers.relationshipId, input.relationshipId),
            inArray(fundingRelationshipMembers.userId, own),
          ),
        );
      await ctx.db
        .delete(fundingRelationshipOrganisations)
        .where(
          and(
            eq(fundingRelationshipOrganisations.relationshipId, input.relationshipId),
            eq(fundingRelationshipOrganisations.organisationId, ctx.session.organisationId),
          ),
        );
      await audit(ctx, "admin.funding.unlink", input.relationshipId);
      return { ok: true as const };
    }),

  addMember: organisationProcedure("admin")
    .input(MemberRef)
    .mutation(async ({ ctx, input }) => {
      await assertLinked(ctx, input.relationshipId);
      const membership = await findMembership(ctx.db, ctx.session.organisationId, input.userId);
      if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      if (membership.role !== "funder" || !membership.active)
        throw new TRPCError({ code: "BAD_REQUEST", message: "funding.error.notAFunder" });
      await ctx.db
        .insert(fundingRelationshipMembers)
        .values({ relationshipId: input.relationshipId, userId: input.userId })
        .onConflictDoNothing();
      await audit(ctx, "admin.funding.addMember", input.relationshipId);
      return { ok: true as const };
    }),

  removeMember: organisationProcedure("admin")
    .input(MemberRef)
    .mutation(async ({ ctx, input }) => {
      await assertLinked(ctx, input.relationshipId);
      if (!(await findMembership(ctx.db, ctx.session.organisationId, input.userId)))
        throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      await ctx.db
        .delete(fundingRelationshipMembers)
        .where(
          and(
            eq(fundingRelationshipMembers.relationshipId, input.relationshipId),
            eq(fundingRelationshipMembers.userId, input.userId),
          ),
        );
      await audit(ctx, "admin.funding.removeMember", input.relationshipId);
      return { ok: true as const };
    }),

  setEpsilon: organisationProcedure("admin")
    .input(RelationshipRef.extend({ epsilonPerPeriod: EpsilonInput, version: VersionSchema }))
    .mutation(async ({ ctx, input }) => {
      // Her organisation's link only: the ε of the other organisations is theirs to decide (ADR 009).
      const where = ownLink(ctx, input.relationshipId);
      const [row] = await ctx.db
        .update(fundingRelationshipOrganisations)
        .set({
          epsilonPerPeriod: input.epsilonPerPeriod,
          version: sql`${fundingRelationshipOrganisations.version} + 1`,
          updatedAt: ctx.now,
        })
        .where(and(where, eq(fundingRelationshipOrganisations.version, input.version)))
        .returning({ version: fundingRelationshipOrganisations.version });
      if (!row)
        return refuseStaleOrMissing(
          async () =>
            (
              await ctx.db
                .select({ v: fundingRelationshipOrganisations.version })
                .from(fundingRelationshipOrganisations)
                .where(where)
            ).length > 0,
        );
      await audit(ctx, "admin.funding.setEpsilon", input.relationshipId);
      return row;
    }),
} satisfies TRPCRouterRecord;
