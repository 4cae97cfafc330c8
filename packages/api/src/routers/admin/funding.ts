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
 *                          organisations: number, linkedOrganisations: [{ organisationId, name }],
 *                          members: [{ userId, displayName, seesOurData }] }]   (admin, manager)
 *   linkedOrganisations: every organisation linked, so a newcomer is visible to all of them.
 *   members: those with a membership in her organisation; seesOurData: an active funder membership here.
 * admin.funding.create({ name, epsilonPerPeriod: number | null }) → { relationshipId }     (links her organisation)
 * admin.funding.createJoinCode({ relationshipId }) → { code, expiresAt }   (a linked organisation's admin; shown once,
 *   stored as SHA-256 only, valid 14 days, one use; a new code replaces the old one)
 * admin.funding.link({ relationshipId, joinCode }) / unlink({ relationshipId }) → { ok: true }
 *   link needs the relationship's open join code (a wrong one is NOT_FOUND, like an unknown id) and uses it up;
 *   a new link starts with the relationship's initial ε and is recorded in every linked organisation's log.
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
  gt,
  inArray,
  memberships,
  organisations,
  sql,
  users,
} from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { createOneTimePassword, hashHandedCode } from "../../auth/handed-codes.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import type { Context } from "../../context.ts";
import { rowsOf } from "../../queries/dashboard-sql.ts";
import { asSystemRole, findMembership } from "../../queries/staff.ts";
import { refuseStaleOrMissing } from "../../queries/versioned-write.ts";
import { organisationProcedure } from "../../trpc.ts";

const RelationshipRef = z.object({ relationshipId: z.uuid() });
const MemberRef = RelationshipRef.extend({ userId: z.uuid() });
/** A join code as typed: four groups of four (createOneTimePassword); spaces and case do not matter. */
const JoinCode = z.string().trim().min(1).max(40);
const JOIN_CODE_DAYS = 14;

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
      // Names of every linked organisation (a newcomer shows); organisations are visible only to
      // themselves under row-level security, so read as the system role, for her relationships only.
      const linked = ids.length
        ? await asSystemRole(ctx.db, () =>
            ctx.db
              .select({
                relationshipId: fundingRelationshipOrganisations.relationshipId,
                organisationId: organisations.id,
                name: organisations.name,
              })
              .from(fundingRelationshipOrganisations)
              .innerJoin(organisations, eq(organisations.id, fundingRelationshipOrganisations.organisationId))
              .where(inArray(fundingRelationshipOrganisations.relationshipId, ids))
              .orderBy(asc(organisations.name), asc(organisations.id)),
          )
        : [];
      return rows.map((r) => ({
        ...r,
        organisations: Number(r.organisations),
        linkedOrganisations: linked
          .filter((o) => o.relationshipId === r.relationshipId)
          .map(({ organisationId, name }) => ({ organisationId, name })),
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

  /** Only an organisation already linked hands out a way in; the code itself is never stored. */
  createJoinCode: organisationProcedure("admin")
    .input(RelationshipRef)
    .mutation(async ({ ctx, input }) => {
      await assertLinked(ctx, input.relationshipId);
      const code = createOneTimePassword();
      const expiresAt = new Date(ctx.now.getTime() + JOIN_CODE_DAYS * 24 * 60 * 60 * 1000);
      await ctx.db
        .update(fundingRelationships)
        .set({ joinCodeHash: hashHandedCode(code), joinCodeExpiresAt: expiresAt })
        .where(eq(fundingRelationships.id, input.relationshipId));
      await audit(ctx, "admin.funding.createJoinCode", input.relationshipId);
      return { code, expiresAt };
    }),

  link: organisationProcedure("admin")
    .input(RelationshipRef.extend({ joinCode: JoinCode }))
    .mutation(async ({ ctx, input }) => {
      const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      const [own] = await ctx.db
        .select({ version: fundingRelationshipOrganisations.version })
        .from(fundingRelationshipOrganisations)
        .where(ownLink(ctx, input.relationshipId));
      // Already linked: nothing to join, and her code stays for the organisation it was meant for.
      if (own) return { ok: true as const };
      // The joining organisation cannot see the relationship yet (row-level security): the code is
      // checked and used up in one statement as the system role, so it works exactly once.
      const [joined] = await asSystemRole(ctx.db, () =>
        ctx.db
          .update(fundingRelationships)
          .set({ joinCodeHash: null, joinCodeExpiresAt: null })
          .where(
            and(
              eq(fundingRelationships.id, input.relationshipId),
              eq(fundingRelationships.joinCodeHash, hashHandedCode(input.joinCode)),
              gt(fundingRelationships.joinCodeExpiresAt, ctx.now),
            ),
          )
          .returning({ epsilonPerPeriod: fundingRelationships.epsilonPerPeriod }),
      );
      if (!joined) throw notFound();
      // A new link starts with the relationship's initial ε.
      await ctx.db.insert(fundingRelationshipOrganisations).values({
        relationshipId: input.relationshipId,
        organisationId: ctx.session.organisationId,
        epsilonPerPeriod: joined.epsilonPerPeriod,
      });
      await audit(ctx, "admin.funding.link", input.relationshipId);
      // Every other linked organisation sees the newcomer in its own activity log.
      const others = await rowsOf<{ organisationId: string }>(
        ctx.db,
        sql`select o::text as "organisationId" from gesim_relationship_organisations(${input.relationshipId}) as o`,
      );
      await asSystemRole(ctx.db, async () => {
        for (const { organisationId } of others) {
          if (organisationId === ctx.session.organisationId) continue;
          await recordAudit(
            ctx.db,
            {
              organisationId,
              actorUserId: ctx.session.userId,
              action: "admin.funding.organisationJoined",
              entityType: "funding-relationship",
              entityId: input.relationshipId,
            },
            ctx.now,
          );
        }
      });
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
