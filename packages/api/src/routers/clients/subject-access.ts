import { LOCALES } from "@gesim/core";
import { and, clients, eq, identityReveals, users } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import {
  readAccessLog,
  readAppointments,
  readDocuments,
  readIdentity,
  readPlan,
  readRecords,
} from "../../queries/subject-access.ts";
import { clientProcedure } from "../../trpc.ts";
import { readSafeContact } from "./client-records.ts";
import { CLIENT_COLUMNS } from "./get-client.ts";

/**
 * Subject access (issue 7; GDPR art. 15): everything held about her — profile, identity
 * (decrypted), consents, assessments, plan with goals and actions, referrals, reviews, notes,
 * appointments, safe-contact rules (with her code word) and documents (their files too in the JSON
 * archive) and who accessed her record — for her, in `locale`. Managers only. It reveals her identity,
 * so it is recorded as a reveal with the reason `her-request` (audit and reveal log); the
 * access log it returns is read before that event is written.
 */
export const subjectAccessExport = clientProcedure("manager")
  .input(
    z.object({
      clientId: z.uuid(),
      locale: z.enum(LOCALES),
      /** The JSON archive carries her documents' files (base64); the printable page only lists them. */
      includeFiles: z.boolean().default(false),
    }),
  )
  .query(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    const scope = { organisationId, clientId: input.clientId };
    const [profile] = await ctx.db
      .select({
        ...CLIENT_COLUMNS,
        safeContactCodeWordCipher: clients.safeContactCodeWordCipher,
        caseworker: users.displayName,
      })
      .from(clients)
      .leftJoin(users, eq(users.id, clients.caseworkerId))
      .where(and(eq(clients.id, input.clientId), eq(clients.organisationId, organisationId)));
    if (!profile) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
    const { id: _id, version: _version, caseworkerId: _caseworkerId, safeContactCodeWordCipher, ...facts } = profile;
    const content = {
      generatedAt: ctx.now,
      locale: input.locale,
      profile: { ...facts, safeContact: readSafeContact(ctx.cipher, { ...facts, safeContactCodeWordCipher }) },
      identity: await readIdentity(ctx.db, ctx.cipher, scope),
      plan: await readPlan(ctx.db, ctx.cipher, scope),
      ...(await readRecords(ctx.db, ctx.cipher, scope)),
      appointments: await readAppointments(ctx.db, ctx.cipher, scope),
      documents: await readDocuments(ctx.db, ctx.cipher, scope, input.includeFiles),
      accessLog: await readAccessLog(ctx.db, scope),
    };
    await ctx.db.insert(identityReveals).values({
      organisationId,
      clientId: input.clientId,
      revealedBy: userId,
      reason: "her-request",
      justification: ctx.cipher.encrypt("Subject-access export for her"),
      createdAt: ctx.now,
    });
    await recordAudit(
      ctx.db,
      {
        organisationId,
        actorUserId: userId,
        action: "identity.reveal:her-request",
        entityType: "identity",
        entityId: input.clientId,
      },
      ctx.now,
    );
    await recordAudit(
      ctx.db,
      {
        organisationId,
        actorUserId: userId,
        action: "client.subjectAccessExport",
        entityType: "export",
        entityId: input.clientId,
      },
      ctx.now,
    );
    return content;
  });
