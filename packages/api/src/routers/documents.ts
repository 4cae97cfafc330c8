import {
  DOCUMENT_KINDS,
  DOCUMENT_MAX_BYTES_LIMIT,
  DocumentTitleSchema,
  detectDocumentContent,
  documentFileName,
  isIdentityPaper,
  MalformedImageError,
  REVEAL_REASONS,
  RevealRequestSchema,
  stripDocumentMetadata,
} from "@gesim/core";
import { actions, and, desc, documents, eq, identityReveals, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { AuditedRefusal } from "../audit/audited-refusal.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { clientProcedure } from "../trpc.ts";

/** The base64 text of the largest file any deployment may allow (the configured limit is checked after). */
const CONTENT_BASE64_MAX_LENGTH = Math.ceil(DOCUMENT_MAX_BYTES_LIMIT / 3) * 4;
/** The most documents one list returns (years of scans for one woman). */
const LIST_LIMIT = 500;

const UploadInputSchema = z.object({
  clientId: z.uuid(),
  /** A step of her plan the document belongs to. */
  actionId: z.uuid().optional(),
  kind: z.enum(DOCUMENT_KINDS),
  title: DocumentTitleSchema,
  /** The file, base64-encoded (the web app's upload route passes the form's bytes). */
  contentBase64: z.base64().max(CONTENT_BASE64_MAX_LENGTH),
});

const DocumentRefSchema = z.object({ clientId: z.uuid(), documentId: z.uuid() });

/** An identity paper needs a reason and a written justification, like a reveal of her identity. */
const DownloadInputSchema = DocumentRefSchema.extend({
  reason: z.enum(REVEAL_REASONS).optional(),
  justification: RevealRequestSchema.shape.justification.optional(),
});

function refuse(reason: "executable" | "unsupported" | "empty" | "tooLarge" | "malformed"): never {
  throw new TRPCError({ code: "BAD_REQUEST", message: `document.error.${reason}` });
}

/**
 * Documents attached to her record (issue 19): permit decisions, signed consents, court
 * letters, certificates, identity papers. PDF, JPEG and PNG only, recognised by content;
 * images stored without their metadata; title and file stored only encrypted. Every upload,
 * list, download and deletion is audited; downloading an identity paper is a reveal of her
 * identity (a reason, a reveal record, `identity.reveal:<reason>`). Her caseworker, colleagues
 * she is shared with, and managers.
 */
export const documentsRouter = {
  upload: clientProcedure("caseworker", "manager")
    .input(UploadInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const received = Buffer.from(input.contentBase64, "base64");
      if (received.length > ctx.documentMaxBytes) refuse("tooLarge");
      const detected = detectDocumentContent(received);
      if (!detected.ok) refuse(detected.reason);
      let stored: Uint8Array;
      try {
        stored = stripDocumentMetadata(received, detected.contentType);
      } catch (error) {
        if (error instanceof MalformedImageError) refuse("malformed");
        throw error;
      }
      if (input.actionId) {
        const [step] = await ctx.db
          .select({ id: actions.id })
          .from(actions)
          .where(
            and(
              eq(actions.id, input.actionId),
              eq(actions.clientId, input.clientId),
              eq(actions.organisationId, organisationId),
            ),
          );
        if (!step) throw new TRPCError({ code: "BAD_REQUEST", message: "document.error.actionNotHers" });
      }
      const [row] = await ctx.db
        .insert(documents)
        .values({
          organisationId,
          clientId: input.clientId,
          actionId: input.actionId ?? null,
          kind: input.kind,
          titleCipher: ctx.cipher.encrypt(input.title),
          contentType: detected.contentType,
          size: stored.length,
          contentCipher: ctx.cipher.encryptBytes(stored),
          uploadedBy: userId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: documents.id, createdAt: documents.createdAt });
      if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId: userId, action: "document.create", entityType: "document", entityId: row.id },
        ctx.now,
      );
      return { id: row.id, contentType: detected.contentType, size: stored.length, createdAt: row.createdAt };
    }),

  /** Her documents, newest first: titles decrypted, never the files. Audited once per list. */
  list: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const rows = await ctx.db
        .select({
          id: documents.id,
          kind: documents.kind,
          titleCipher: documents.titleCipher,
          contentType: documents.contentType,
          size: documents.size,
          actionId: documents.actionId,
          createdAt: documents.createdAt,
          uploadedByName: users.displayName,
        })
        .from(documents)
        .leftJoin(users, eq(users.id, documents.uploadedBy))
        .where(and(eq(documents.organisationId, organisationId), eq(documents.clientId, input.clientId)))
        .orderBy(desc(documents.createdAt), desc(documents.id))
        .limit(LIST_LIMIT);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "documents.list",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return rows.map(({ titleCipher, ...row }) => ({
        ...row,
        title: ctx.cipher.decrypt(titleCipher),
        identityPaper: isIdentityPaper(row.kind),
      }));
    }),

  /**
   * One file, decrypted, with the name and type a download carries (the name says the kind and
   * the date, never her pseudonym or the title). Audited as `document.download`; an identity
   * paper also as a reveal of her identity, with its reason.
   */
  download: clientProcedure("caseworker", "manager")
    .input(DownloadInputSchema)
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [row] = await ctx.db
        .select({
          id: documents.id,
          kind: documents.kind,
          contentType: documents.contentType,
          contentCipher: documents.contentCipher,
          createdAt: documents.createdAt,
        })
        .from(documents)
        .where(
          and(
            eq(documents.id, input.documentId),
            eq(documents.clientId, input.clientId),
            eq(documents.organisationId, organisationId),
          ),
        );
      if (!row)
        throw new AuditedRefusal("NOT_FOUND", "error.notFound", { entityType: "document", entityId: input.documentId });
      if (isIdentityPaper(row.kind)) {
        const reveal = RevealRequestSchema.safeParse({ reason: input.reason, justification: input.justification });
        if (!reveal.success)
          throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput", cause: reveal.error });
        await ctx.db.insert(identityReveals).values({
          organisationId,
          clientId: input.clientId,
          revealedBy: userId,
          reason: reveal.data.reason,
          justification: ctx.cipher.encrypt(reveal.data.justification),
          createdAt: ctx.now,
        });
        await recordAudit(
          ctx.db,
          {
            organisationId,
            actorUserId: userId,
            action: `identity.reveal:${reveal.data.reason}`,
            entityType: "identity",
            entityId: input.clientId,
          },
          ctx.now,
        );
      }
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId: userId, action: "document.download", entityType: "document", entityId: row.id },
        ctx.now,
      );
      const content = ctx.cipher.decryptBytes(row.contentCipher);
      return {
        fileName: documentFileName(row.kind, row.createdAt, row.contentType),
        contentType: row.contentType,
        size: content.length,
        contentBase64: content.toString("base64"),
      };
    }),

  /** Removes a document and its file. Audited. */
  delete: clientProcedure("caseworker", "manager")
    .input(DocumentRefSchema)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [row] = await ctx.db
        .delete(documents)
        .where(
          and(
            eq(documents.id, input.documentId),
            eq(documents.clientId, input.clientId),
            eq(documents.organisationId, organisationId),
          ),
        )
        .returning({ id: documents.id });
      if (!row)
        throw new AuditedRefusal("NOT_FOUND", "error.notFound", { entityType: "document", entityId: input.documentId });
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId: userId, action: "document.delete", entityType: "document", entityId: row.id },
        ctx.now,
      );
      return { id: row.id };
    }),
} satisfies TRPCRouterRecord;
