import {
  DOMAIN_IDS,
  LadderReadingSchema,
  NeedsAssessmentSchema,
  RiskAssessmentSchema,
  scoreRiskAssessment,
  VersionSchema,
} from "@gesim/core";
import { and, asc, assessments, type Database, desc, eq, sql } from "@gesim/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import type { SessionUser } from "../auth/sessions.ts";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { assessmentContent, narrativeReader } from "../crypto/narrative.ts";
import { type AssessmentKind, insertAssessment } from "../queries/assessments.ts";
import { clientProcedure } from "../trpc.ts";

const KINDS = ["needs", "risk", "ladder"] as const satisfies readonly AssessmentKind[];

/** One ladder reading per domain, at most one conversation's worth. */
export const LadderReadingsSchema = z
  .array(LadderReadingSchema)
  .min(1)
  .max(DOMAIN_IDS.length)
  .refine((readings) => new Set(readings.map((r) => r.domain)).size === readings.length, {
    error: "error.invalidInput",
  });

const ListInputSchema = z.object({
  clientId: z.uuid(),
  kind: z.enum(KINDS).optional(),
  limit: z.number().int().min(1).max(100).default(50),
  /** The last row of the previous page: kind and version. */
  cursor: z.object({ kind: z.enum(KINDS), version: VersionSchema }).optional(),
});

type Ctx = { db: Database; session: SessionUser; now: Date; cipher: FieldCipher };

function audit(ctx: Ctx, action: string, entityType: "client" | "assessment", entityId: string) {
  const { organisationId, userId } = ctx.session;
  return recordAudit(ctx.db, { organisationId, actorUserId: userId, action, entityType, entityId }, ctx.now);
}

/** What a stored row says (its notes decrypted), with the transparent risk score recomputed by core for risk rows. */
function withScore<T extends { kind: AssessmentKind; content: unknown; notesCipher: string | null }>(
  cipher: FieldCipher,
  { notesCipher, ...row }: T,
) {
  const content = assessmentContent(narrativeReader(cipher), { content: row.content, notesCipher });
  const risk = row.kind === "risk" ? RiskAssessmentSchema.safeParse(content) : null;
  return { ...row, content, riskScore: risk?.success ? scoreRiskAssessment(risk.data.answers) : null };
}

const columns = {
  id: assessments.id,
  kind: assessments.kind,
  version: assessments.version,
  assessedOn: assessments.assessedOn,
  assessedBy: assessments.assessedBy,
  content: assessments.content,
  notesCipher: assessments.notesCipher,
};

async function create(ctx: Ctx, clientId: string, kind: AssessmentKind, assessedOn: string, content: unknown) {
  const { organisationId, userId } = ctx.session;
  const created = await insertAssessment(ctx.db, ctx.cipher, {
    organisationId,
    clientId,
    kind,
    assessedOn,
    assessedBy: userId,
    content,
  });
  await audit(ctx, `assessments.create.${kind}`, "assessment", created.id);
  return created;
}

export const assessmentsRouter = {
  /**
   * Her assessment history, per kind, newest version first (paginated). Caseworker (her
   * caseload and shared clients) and manager.
   */
  list: clientProcedure("caseworker", "manager")
    .input(ListInputSchema)
    .query(async ({ ctx, input }) => {
      const after = input.cursor;
      const rows = await ctx.db
        .select(columns)
        .from(assessments)
        .where(
          and(
            eq(assessments.organisationId, ctx.session.organisationId),
            eq(assessments.clientId, input.clientId),
            input.kind ? eq(assessments.kind, input.kind) : undefined,
            after
              ? sql`(${assessments.kind} > ${after.kind} or (${assessments.kind} = ${after.kind} and ${assessments.version} < ${after.version}))`
              : undefined,
          ),
        )
        .orderBy(asc(assessments.kind), desc(assessments.version))
        .limit(input.limit + 1);
      await audit(ctx, "assessments.list", "client", input.clientId);
      const items = rows.slice(0, input.limit).map((row) => withScore(ctx.cipher, row));
      const last = items.at(-1);
      return {
        items,
        nextCursor: rows.length > input.limit && last ? { kind: last.kind, version: last.version } : null,
      };
    }),

  /** The latest version of each kind (null when none yet). Caseworker and manager. */
  latest: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db
        .selectDistinctOn([assessments.kind], columns)
        .from(assessments)
        .where(
          and(eq(assessments.organisationId, ctx.session.organisationId), eq(assessments.clientId, input.clientId)),
        )
        .orderBy(asc(assessments.kind), desc(assessments.version));
      await audit(ctx, "assessments.latest", "client", input.clientId);
      const of = (kind: AssessmentKind) => {
        const row = rows.find((r) => r.kind === kind);
        return row ? withScore(ctx.cipher, row) : null;
      };
      return { needs: of("needs"), risk: of("risk"), ladder: of("ladder") };
    }),

  /** A new needs assessment (next version). Caseworker and manager. */
  createNeeds: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), assessment: NeedsAssessmentSchema }))
    .mutation(({ ctx, input }) => create(ctx, input.clientId, "needs", input.assessment.assessedOn, input.assessment)),

  /** A new risk assessment; returns core's transparent score with it. Caseworker and manager. */
  createRisk: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), assessment: RiskAssessmentSchema }))
    .mutation(async ({ ctx, input }) => {
      const created = await create(ctx, input.clientId, "risk", input.assessment.assessedOn, input.assessment);
      return { ...created, score: scoreRiskAssessment(input.assessment.answers) };
    }),

  /** New ladder readings (1–10, one per domain) as the next ladder version. Caseworker and manager. */
  createLadder: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), readings: LadderReadingsSchema }))
    .mutation(({ ctx, input }) => {
      // ISO dates sort as text: the latest reading dates the assessment.
      const assessedOn = input.readings
        .map((r) => r.date)
        .sort()
        .at(-1)!;
      return create(ctx, input.clientId, "ladder", assessedOn, { readings: input.readings });
    }),
} satisfies TRPCRouterRecord;
