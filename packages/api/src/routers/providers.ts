import { DOMAIN_IDS, ServiceProviderSchema, VersionSchema } from "@gesim/core";
import { and, asc, eq, serviceProviders, sql } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { CursorInputSchema, decodeCursor, pageOf } from "../queries/cursor.ts";
import { findProvider, providerExists } from "../queries/providers.ts";
import { refuseStaleOrMissing } from "../queries/versioned-write.ts";
import { organisationProcedure } from "../trpc.ts";

const ListProvidersInputSchema = z
  .object({
    domain: z.enum(DOMAIN_IDS).optional(),
    language: z.string().trim().min(2).max(35).optional(),
    isWomenOnly: z.boolean().optional(),
    acceptsMothersWithChildren: z.boolean().optional(),
    isActive: z.boolean().optional().default(true),
    limit: z.number().int().min(1).max(100).default(50),
    cursor: CursorInputSchema,
  })
  .default({ isActive: true, limit: 50 });

const ProviderRefSchema = z.object({ providerId: z.uuid() });
const VersionedProviderRefSchema = ProviderRefSchema.extend({ version: VersionSchema });
const NameCursorSchema = z.tuple([z.string().max(400), z.uuid()]);

/** The columns written from a provider form; `contact` may be cleared. */
function providerValues(input: z.infer<typeof ServiceProviderSchema>) {
  return { ...input, contact: input.contact || null };
}

/**
 * The organisation's service directory. Caseworkers and managers read it to refer women;
 * managers and admins keep it. It is directory data: no woman's data is in it, so reads are
 * not audited; every change is.
 */
export const providersRouter = {
  list: organisationProcedure("caseworker", "manager", "admin")
    .input(ListProvidersInputSchema)
    .query(async ({ ctx, input }) => {
      const after = input.cursor ? decodeCursor(input.cursor, NameCursorSchema) : null;
      const p = serviceProviders;
      const rows = await ctx.db
        .select({
          id: p.id,
          name: p.name,
          domains: p.domains,
          languages: p.languages,
          isWomenOnly: p.isWomenOnly,
          acceptsMothersWithChildren: p.acceptsMothersWithChildren,
          isActive: p.isActive,
          version: p.version,
        })
        .from(p)
        .where(
          and(
            eq(p.organisationId, ctx.session.organisationId),
            input.isActive === undefined ? undefined : eq(p.isActive, input.isActive),
            input.domain ? sql`${input.domain} = any(${p.domains})` : undefined,
            input.language ? sql`${input.language.toLowerCase()} = any(${p.languages})` : undefined,
            input.isWomenOnly === undefined ? undefined : eq(p.isWomenOnly, input.isWomenOnly),
            input.acceptsMothersWithChildren === undefined
              ? undefined
              : eq(p.acceptsMothersWithChildren, input.acceptsMothersWithChildren),
            after ? sql`(${p.name}, ${p.id}) > (${after[0]}, ${after[1]})` : undefined,
          ),
        )
        .orderBy(asc(p.name), asc(p.id))
        .limit(input.limit + 1);
      return pageOf(rows, input.limit, (row) => [row.name, row.id]);
    }),

  get: organisationProcedure("caseworker", "manager", "admin")
    .input(ProviderRefSchema)
    .query(async ({ ctx, input }) => {
      const row = await findProvider(ctx.db, ctx.session.organisationId, input.providerId);
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      const { organisationId: _organisationId, ...provider } = row;
      return provider;
    }),

  create: organisationProcedure("manager", "admin")
    .input(ServiceProviderSchema)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [row] = await ctx.db
        .insert(serviceProviders)
        .values({ ...providerValues(input), organisationId, createdAt: ctx.now, updatedAt: ctx.now })
        .returning({ id: serviceProviders.id, version: serviceProviders.version });
      if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId: userId, action: "providers.create", entityType: "provider", entityId: row.id },
        ctx.now,
      );
      return row;
    }),

  update: organisationProcedure("manager", "admin")
    .input(VersionedProviderRefSchema.extend(ServiceProviderSchema.shape))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const { providerId, version, ...fields } = input;
      const p = serviceProviders;
      const [row] = await ctx.db
        .update(p)
        .set({ ...providerValues(fields), version: sql`${p.version} + 1`, updatedAt: ctx.now })
        .where(and(eq(p.id, providerId), eq(p.organisationId, organisationId), eq(p.version, version)))
        .returning({ id: p.id, version: p.version });
      if (!row) return refuseStaleOrMissing(() => providerExists(ctx.db, organisationId, providerId));
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId: userId, action: "providers.update", entityType: "provider", entityId: row.id },
        ctx.now,
      );
      return row;
    }),

  /** Takes a provider out of the directory; its past referrals keep pointing at it. */
  deactivate: organisationProcedure("manager", "admin")
    .input(VersionedProviderRefSchema)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const p = serviceProviders;
      const [row] = await ctx.db
        .update(p)
        .set({ isActive: false, version: sql`${p.version} + 1`, updatedAt: ctx.now })
        .where(and(eq(p.id, input.providerId), eq(p.organisationId, organisationId), eq(p.version, input.version)))
        .returning({ id: p.id, version: p.version });
      if (!row) return refuseStaleOrMissing(() => providerExists(ctx.db, organisationId, input.providerId));
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "providers.deactivate",
          entityType: "provider",
          entityId: row.id,
        },
        ctx.now,
      );
      return row;
    }),
} satisfies TRPCRouterRecord;
