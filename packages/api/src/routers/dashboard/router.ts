/**
 * Manager dashboard (issue 6; role manager; every call audited). Shapes (stable for the web):
 *
 * dashboard.scorecard({ filters? }) → {
 *   asOf: "YYYY-MM-DD", clients: number,
 *   principles: [{ principle: "principle-01", counts: { met, partly, "not-met", "not-applicable" },
 *                  share: { met, partly, "not-met", "not-applicable" } (percent, 1 decimal, null if no clients) }],
 *   trend: [{ month: "YYYY-MM", source: "live"|"reconstructed"|null, asOf: "YYYY-MM-DD"|null,
 *             principles: [same rows] ([] when not recorded), figures: { <core SNAPSHOT_FIGURE_IDS>: number|null } }]
 *          (the last 12 months, organisation-wide, oldest first; [] when filtered; see operations/monthly-snapshots.ts)
 * }
 * dashboard.principleGap({ principleId, status: "partly"|"not-met"|"not-applicable", filters?, cursor?, limit? })
 *   → { total: number, items: [{ clientId, pseudonym, caseworkerId, caseworkerName | null }], nextCursor: string | null }
 * dashboard.indicators({ period?: { from, to } | { granularity: "month"|"quarter"|"year", period }, filters? })
 *   → see routers/dashboard/indicators.ts (SqlIndicators), plus { period: { from, to } } and
 *     freshness: { computedAt: ISO timestamp, keptForSeconds } (ADR 008: results may be up to that old)
 *
 * filters: { caseworkerId?: uuid, pathway?: "plm"|"eem", domain?: DomainId,
 *            citizenshipGroup?: CitizenshipGroup, hasChildren?: boolean }
 */

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit, recordAuditEvents } from "../../audit/record-audit.ts";
import { loadMonthlyTrend, recordLiveSnapshot } from "../../operations/monthly-snapshots.ts";
import { organisationToday } from "../../organisation-today.ts";
import { organisationProcedure } from "../../trpc.ts";
import { decodeCursor, encodeCursor } from "../pagination.ts";
import { countCoverage, loadCoverage, scorecardRow } from "./coverage.ts";
import { dashboardIndicators } from "./indicators.ts";
import { DashboardInputSchema, FiltersSchema, hasFilters, PrincipleGapInputSchema, resolvePeriod } from "./inputs.ts";

export const dashboardRouter = {
  scorecard: organisationProcedure("manager")
    .input(z.object({ filters: FiltersSchema.default({}) }).optional())
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const filters = input?.filters ?? {};
      const day = organisationToday(ctx);
      const coverage = await loadCoverage(ctx.db, organisationId, filters, day);
      const counts = countCoverage(coverage);
      // Only the organisation-wide view is a snapshot; a filtered one would mix populations in the trend.
      // The view records the month under way (the latest computation in a month stands for it);
      // the scheduled job back-fills earlier months (operations/monthly-snapshots.ts).
      if (!hasFilters(filters)) await recordLiveSnapshot(ctx.db, organisationId, day, counts);
      const trend = hasFilters(filters) ? [] : await loadMonthlyTrend(ctx.db, organisationId, day);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "dashboard.scorecard",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      return {
        asOf: day,
        clients: coverage.length,
        principles: [...counts].map(([p, c]) => scorecardRow(p, c, coverage.length)),
        trend,
      };
    }),

  principleGap: organisationProcedure("manager")
    .input(PrincipleGapInputSchema)
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const after = input.cursor ? decodeCursor(input.cursor) : null;
      const coverage = await loadCoverage(ctx.db, organisationId, input.filters, organisationToday(ctx));
      // loadCoverage orders by (pseudonym, id): the cursor is the last row's pair.
      const gap = coverage.filter((c) => c.status.get(input.principleId) === input.status);
      const rest = after
        ? gap.filter(({ client: c }) => c.pseudonym > after.k || (c.pseudonym === after.k && c.id > after.i))
        : gap;
      const page = rest.slice(0, input.limit);
      const last = page.at(-1)?.client;
      await recordAuditEvents(
        ctx.db,
        page.map(({ client }) => ({
          organisationId,
          actorUserId: userId,
          action: "dashboard.principleGap",
          entityType: "client" as const,
          entityId: client.id,
        })),
        ctx.now,
      );
      if (page.length === 0)
        await recordAudit(
          ctx.db,
          {
            organisationId,
            actorUserId: userId,
            action: "dashboard.principleGap",
            entityType: "organisation",
            entityId: organisationId,
          },
          ctx.now,
        );
      return {
        total: gap.length,
        items: page.map(({ client, caseworkerName }) => ({
          clientId: client.id,
          pseudonym: client.pseudonym,
          caseworkerId: client.caseworkerId,
          caseworkerName,
        })),
        nextCursor: rest.length > input.limit && last ? encodeCursor(last.pseudonym, last.id) : null,
      };
    }),

  indicators: organisationProcedure("manager")
    .input(DashboardInputSchema.optional())
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const period = resolvePeriod(input?.period, organisationToday(ctx));
      const filters = input?.filters ?? {};
      const day = organisationToday(ctx);
      const compute = () => dashboardIndicators(ctx.db, organisationId, filters, period, day);
      // Within the freshness window (ADR 008) a recent result of the same organisation, period, filters and day is reused; the answer says when it was computed.
      const key = [
        organisationId,
        period.from,
        period.to,
        day,
        Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)),
      ];
      const { value, computedAt } = ctx.dashboardCache
        ? await ctx.dashboardCache.get(key, ctx.now, compute)
        : { value: await compute(), computedAt: ctx.now };
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "dashboard.indicators",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      return {
        period,
        ...value,
        freshness: {
          computedAt: computedAt.toISOString(),
          keptForSeconds: (ctx.dashboardCache?.freshForMs ?? 0) / 1000,
        },
      };
    }),
} satisfies TRPCRouterRecord;
