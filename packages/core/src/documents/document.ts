import { z } from "zod";

/**
 * Documents attached to a woman's record (issue 19): scans and files caseworkers otherwise keep
 * in a folder beside the planner. Only PDF, JPEG and PNG, recognised by their content (the first
 * bytes), never by the name or the type the browser claims. Identity papers are read like her
 * identity (a reason, a reveal record): they say who she is.
 */
export const DOCUMENT_KINDS = [
  "permit-decision",
  "signed-consent",
  "court-letter",
  "certificate",
  "identity-paper",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

export const DOCUMENT_TITLE_MAX_LENGTH = 200;
/** The default largest file (10 MB); a deployment may set another (GESIM_DOCUMENT_MAX_MB). */
export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
/** The most any deployment may allow: what the API's input schema bounds. */
export const DOCUMENT_MAX_BYTES_LIMIT = 50 * 1024 * 1024;

export const DocumentTitleSchema = z
  .string()
  .trim()
  .min(1, { error: "document.error.titleRequired" })
  .max(DOCUMENT_TITLE_MAX_LENGTH, { error: "document.error.titleTooLong" });

/** An identity paper is read only with a reason, like a reveal of her identity. */
export function isIdentityPaper(kind: DocumentKind): boolean {
  return kind === "identity-paper";
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

/** What the content is: one of the accepted types, a program, or something else. */
export type DetectedContent =
  | { ok: true; contentType: DocumentContentType }
  | { ok: false; reason: "executable" | "unsupported" | "empty" };

/**
 * Recognises the file by its first bytes: `%PDF-`, JPEG's SOI marker `FF D8 FF`, PNG's eight-byte
 * signature. Programs (Windows PE `MZ`, ELF, Mach-O, shell scripts `#!`) are named as such, so a
 * renamed `.exe` gets a clear refusal.
 */
export function detectDocumentContent(bytes: Uint8Array): DetectedContent {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, contentType: "application/pdf" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, contentType: "image/jpeg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, contentType: "image/png" };
  const executable =
    startsWith(bytes, [0x4d, 0x5a]) || // MZ: Windows .exe/.dll
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O 64-bit
    startsWith(bytes, [0xce, 0xfa, 0xed, 0xfe]) || // Mach-O 32-bit
    startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]) || // Mach-O universal
    startsWith(bytes, [0x23, 0x21]); // #! script
  return { ok: false, reason: executable ? "executable" : "unsupported" };
}

/** The message key for a refused file. */
export function documentRefusalKey(reason: "executable" | "unsupported" | "empty" | "tooLarge") {
  return `document.error.${reason}` as const;
}

/** The file name a download carries: the kind and date, never her pseudonym or the title. */
export function documentFileName(kind: DocumentKind, createdAt: Date, contentType: DocumentContentType): string {
  const extension = contentType === "application/pdf" ? "pdf" : contentType === "image/png" ? "png" : "jpg";
  return `${kind}-${createdAt.toISOString().slice(0, 10)}.${extension}`;
}
