// Documents attached to her record (issue 19): the list, the upload and the deletion.
import type { createCaller } from "@gesim/api";
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  DocumentTitleSchema,
  getAction,
  JUSTIFICATION_MIN_LENGTH,
  REVEAL_REASONS,
} from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, type FieldErrors, isUuid, text } from "./form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** Her plan's steps a document can belong to (none when she has no plan yet). */
async function loadSteps(caller: Caller, clientId: string) {
  try {
    const bundle = await caller.plans.get({ clientId });
    return bundle.actions.map((a) => ({
      id: a.id,
      labelKey: a.actionId ? (getAction(a.actionId)?.labelKey ?? null) : null,
      text: a.freeText ?? null,
    }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return [];
    throw error;
  }
}

export async function loadDocuments(caller: Caller, clientId: string, documentMaxBytes: number) {
  const [documents, steps] = await Promise.all([
    caller.documents.list({ clientId }).catch(rethrowAsResponse),
    loadSteps(caller, clientId).catch(rethrowAsResponse),
  ]);
  return {
    clientId,
    kinds: DOCUMENT_KINDS,
    reasons: REVEAL_REASONS,
    justificationMinLength: JUSTIFICATION_MIN_LENGTH,
    maxMegabytes: Math.round((documentMaxBytes / (1024 * 1024)) * 10) / 10,
    steps,
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      contentType: d.contentType,
      size: d.size,
      identityPaper: d.identityPaper,
      actionId: d.actionId,
      createdAt: d.createdAt.toISOString(),
      uploadedByName: d.uploadedByName,
    })),
  };
}

export type UploadValues = { kind: string; title: string; actionId: string };
export type DocumentsResult =
  | { intent: "upload"; ok: false; errors: FieldErrors; values: UploadValues }
  | { intent: "delete"; ok: false; errors: FieldErrors };

/** API refusals of a file, shown at the file field. */
const FILE_ERRORS = new Set([
  "document.error.empty",
  "document.error.tooLarge",
  "document.error.executable",
  "document.error.unsupported",
  "document.error.malformed",
]);

/** Upload: the form's file goes to the API as bytes; the API checks its content and stores it encrypted. */
export async function uploadDocument(
  caller: Caller,
  clientId: string,
  form: FormData,
  documentMaxBytes: number,
): Promise<DocumentsResult | null> {
  const values: UploadValues = {
    kind: text(form, "kind") ?? "",
    title: typeof form.get("title") === "string" ? String(form.get("title")) : "",
    actionId: text(form, "actionId") ?? "",
  };
  const errors: FieldErrors = {};
  const kind = (DOCUMENT_KINDS as readonly string[]).includes(values.kind) ? (values.kind as DocumentKind) : null;
  if (!kind) errors.kind = "client.documents.kindRequired";
  const title = DocumentTitleSchema.safeParse(values.title);
  if (!title.success) errors.title = title.error.issues[0]?.message ?? "document.error.titleRequired";
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) errors.file = "client.documents.fileRequired";
  else if (file.size > documentMaxBytes) errors.file = "document.error.tooLarge";
  if (values.actionId && !isUuid(values.actionId)) errors.actionId = "document.error.actionNotHers";
  if (Object.keys(errors).length > 0 || !kind || !title.success || !(file instanceof File))
    return { intent: "upload", ok: false, errors, values };
  try {
    await caller.documents.upload({
      clientId,
      kind,
      title: title.data,
      ...(values.actionId ? { actionId: values.actionId } : {}),
      contentBase64: Buffer.from(await file.arrayBuffer()).toString("base64"),
    });
    return null;
  } catch (error) {
    const { key } = apiErrorKey(error);
    const field = FILE_ERRORS.has(key) ? "file" : key === "document.error.actionNotHers" ? "actionId" : "form";
    return { intent: "upload", ok: false, errors: { [field]: key }, values };
  }
}

export async function deleteDocument(
  caller: Caller,
  clientId: string,
  form: FormData,
): Promise<DocumentsResult | null> {
  const documentId = text(form, "documentId");
  if (!isUuid(documentId)) return { intent: "delete", ok: false, errors: { form: "error.notFound" } };
  try {
    await caller.documents.delete({ clientId, documentId });
    return null;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND")
      return { intent: "delete", ok: false, errors: { form: "error.notFound" } };
    return { intent: "delete", ok: false, errors: { form: apiErrorKey(error).key } };
  }
}
