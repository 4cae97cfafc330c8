import { and, assessments, type Database, eq, sql } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { assessmentColumns } from "../crypto/narrative.ts";
import { isUniqueViolation } from "./database-errors.ts";

export type AssessmentKind = (typeof assessments.$inferSelect)["kind"];

export type NewAssessment = {
  organisationId: string;
  clientId: string;
  kind: AssessmentKind;
  assessedOn: string;
  assessedBy: string | null;
  content: unknown;
};

/**
 * Appends the next version of one kind of assessment for a client; rows are never overwritten.
 * The version is computed in the same statement; two concurrent writers computing the same
 * version hit the unique index (client, kind, version), which becomes CONFLICT. The items'
 * free-text notes are stored encrypted apart from the levels and answers.
 */
export async function insertAssessment(db: Database, cipher: FieldCipher, row: NewAssessment) {
  const nextVersion = sql<number>`(select coalesce(max(${assessments.version}), 0) + 1 from ${assessments} where ${and(
    eq(assessments.clientId, row.clientId),
    eq(assessments.kind, row.kind),
  )})`;
  try {
    const [created] = await db
      .insert(assessments)
      .values({ ...row, ...assessmentColumns(cipher, row.content), version: nextVersion })
      .returning({
        id: assessments.id,
        kind: assessments.kind,
        version: assessments.version,
        assessedOn: assessments.assessedOn,
      });
    if (!created) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
    return created;
  } catch (error) {
    if (isUniqueViolation(error)) throw new TRPCError({ code: "CONFLICT", message: "error.conflict", cause: error });
    throw error;
  }
}
