import { and, auditEvents, documents, eq, identityReveals } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context.ts";
import { createCaller } from "../root.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import {
  contains,
  GPS_LATITUDE_BYTES,
  jpegWithGpsExif,
  pdfFile,
  pngWithMetadata,
  windowsExecutable,
} from "../testing/test-files.ts";
import {
  anonymousCaller,
  callerFor,
  contextOptions,
  createSeededDb,
  NEW_CLIENT_FACTS,
  TEST_CIPHER,
} from "../testing/test-support.ts";
import { codeOf, messageOf } from "../testing/trpc-codes.ts";

const CASEWORKER = "caseworker@demo.test";
const COLLEAGUE = "caseworker-b@demo.test";
const MANAGER = "manager@demo.test";
const OTHER_ORG_CASEWORKER = "caseworker2@demo.test";

let handle: TestDb;
let ids: MatrixFixture;
let clientId: string;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const fromB64 = (text: string) => Buffer.from(text, "base64");

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  // A woman newly entered by her caseworker: the documents start from her.
  const client = await (await callerFor(handle, CASEWORKER)).clients.create({ ...NEW_CLIENT_FACTS });
  clientId = client.id;
});
afterAll(() => handle.close());

async function upload(email: string, file: Uint8Array, extra: Record<string, unknown> = {}) {
  const caller = await callerFor(handle, email);
  return caller.documents.upload({
    clientId,
    kind: "permit-decision",
    title: "Residence permit decision",
    contentBase64: b64(file),
    ...extra,
  });
}

describe("documents.upload, list and download", () => {
  it("stores a PDF encrypted, lists it and gives back the same bytes, audited", async () => {
    const pdf = pdfFile("Aufenthaltserlaubnis");
    const saved = await upload(CASEWORKER, pdf);
    expect(saved).toMatchObject({ contentType: "application/pdf", size: pdf.length });

    const [row] = await handle.db.select().from(documents).where(eq(documents.id, saved.id));
    expect(row?.contentCipher.startsWith(`gcm1.${TEST_CIPHER.activeKeyId}.`)).toBe(true);
    expect(row?.contentCipher).not.toContain("Aufenthaltserlaubnis");
    expect(row?.titleCipher).not.toContain("permit");

    const caseworker = await callerFor(handle, CASEWORKER);
    const list = await caseworker.documents.list({ clientId });
    expect(list.find((d) => d.id === saved.id)).toMatchObject({
      kind: "permit-decision",
      title: "Residence permit decision",
      contentType: "application/pdf",
      size: pdf.length,
      identityPaper: false,
    });

    const file = await caseworker.documents.download({ clientId, documentId: saved.id });
    expect(fromB64(file.contentBase64).equals(pdf)).toBe(true);
    expect(file.contentType).toBe("application/pdf");
    expect(file.fileName).toMatch(/^permit-decision-\d{4}-\d{2}-\d{2}\.pdf$/);

    const events = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, saved.id));
    expect(events.map((e) => e.action).sort()).toEqual(["document.create", "document.download"]);
  });

  it("stores a JPEG without its EXIF (GPS, camera), XMP and comment", async () => {
    const jpeg = jpegWithGpsExif();
    expect(contains(jpeg, GPS_LATITUDE_BYTES)).toBe(true);
    const saved = await upload(CASEWORKER, jpeg, { kind: "certificate", title: "Photo of a certificate" });
    const file = await (await callerFor(handle, CASEWORKER)).documents.download({ clientId, documentId: saved.id });
    const stored = fromB64(file.contentBase64);
    expect(file.contentType).toBe("image/jpeg");
    expect(contains(stored, GPS_LATITUDE_BYTES)).toBe(false);
    expect(contains(stored, Buffer.from("Exif"))).toBe(false);
    expect(contains(stored, Buffer.from("PhoneCo"))).toBe(false);
    expect(contains(stored, Buffer.from("GPSLatitude"))).toBe(false);
    expect(contains(stored, Buffer.from("shelter"))).toBe(false);
    // Still a JPEG with its header, tables and scan.
    expect(contains(stored, Buffer.from("JFIF"))).toBe(true);
    expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(stored.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(saved.size).toBe(stored.length);
    expect(stored.length).toBeLessThan(jpeg.length);
  });

  it("stores a PNG without its text, EXIF and time chunks", async () => {
    const png = pngWithMetadata();
    const saved = await upload(CASEWORKER, png, { kind: "other", title: "Screenshot" });
    const stored = fromB64(
      (await (await callerFor(handle, CASEWORKER)).documents.download({ clientId, documentId: saved.id }))
        .contentBase64,
    );
    for (const marker of ["tEXt", "eXIf", "tIME", "shelter"]) expect(contains(stored, Buffer.from(marker))).toBe(false);
    expect(contains(stored, GPS_LATITUDE_BYTES)).toBe(false);
    for (const marker of ["IHDR", "IDAT", "IEND"]) expect(contains(stored, Buffer.from(marker))).toBe(true);
  });

  it("refuses a 12 MB file, a renamed program and a text file, with a clear message, storing nothing", async () => {
    const before = await handle.db.select({ id: documents.id }).from(documents);
    const big = Buffer.concat([pdfFile(), Buffer.alloc(12 * 1024 * 1024)]);
    expect(await messageOf(upload(CASEWORKER, big))).toBe("document.error.tooLarge");
    expect(await codeOf(upload(CASEWORKER, big))).toBe("BAD_REQUEST");
    expect(await messageOf(upload(CASEWORKER, windowsExecutable(), { title: "permit.pdf" }))).toBe(
      "document.error.executable",
    );
    expect(await messageOf(upload(CASEWORKER, Buffer.from("<html><script>alert(1)</script>")))).toBe(
      "document.error.unsupported",
    );
    expect(await messageOf(upload(CASEWORKER, Buffer.alloc(0)))).toBe("document.error.empty");
    expect(await codeOf(upload(CASEWORKER, pdfFile(), { title: "  " }))).toBe("BAD_REQUEST");
    expect(await handle.db.select({ id: documents.id }).from(documents)).toHaveLength(before.length);
  });

  it("takes the largest size from the deployment's setting", async () => {
    const { sessionToken } = await (await anonymousCaller(handle)).auth.login({
      email: CASEWORKER,
      password: "gesim-demo-2026",
    });
    const small = createCaller(await createContext(contextOptions(handle, { sessionToken, documentMaxBytes: 500 })));
    const pdf = pdfFile();
    expect(pdf.length).toBeGreaterThan(500);
    expect(
      await messageOf(
        small.documents.upload({ clientId, kind: "other", title: "Too big here", contentBase64: b64(pdf) }),
      ),
    ).toBe("document.error.tooLarge");
  });

  it("attaches to a step of her plan only, never another woman's", async () => {
    expect(await messageOf(upload(MANAGER, pdfFile(), { actionId: ids.own.actionId }))).toBe(
      "document.error.actionNotHers",
    );
  });
});

describe("who may use documents", () => {
  it("refuses funders, admins, anonymous callers and a caseworker she is not shared with", async () => {
    for (const email of ["funder@demo.test", "admin@demo.test", COLLEAGUE]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.documents.list({ clientId }))).toBe("FORBIDDEN");
      expect(await codeOf(upload(email, pdfFile()))).toBe("FORBIDDEN");
    }
    expect(await codeOf((await anonymousCaller(handle)).documents.list({ clientId }))).toBe("UNAUTHORIZED");
  });

  it("lets her manager and a colleague she is shared with read and add", async () => {
    const manager = await callerFor(handle, MANAGER);
    expect((await manager.documents.list({ clientId })).length).toBeGreaterThan(0);
    await (await callerFor(handle, CASEWORKER)).clients.share({ clientId, userId: ids.colleague.caseworkerUserId });
    const saved = await upload(COLLEAGUE, pdfFile(), { kind: "court-letter", title: "Hearing date" });
    const colleague = await callerFor(handle, COLLEAGUE);
    expect((await colleague.documents.list({ clientId })).map((d) => d.id)).toContain(saved.id);
  });

  it("does not show another organisation's women or documents exist", async () => {
    const stranger = await callerFor(handle, OTHER_ORG_CASEWORKER);
    expect(await codeOf(stranger.documents.list({ clientId }))).toBe("NOT_FOUND");
    const [mine] = await (await callerFor(handle, CASEWORKER)).documents.list({ clientId });
    expect(await codeOf(stranger.documents.download({ clientId, documentId: mine?.id ?? "" }))).toBe("NOT_FOUND");
    expect(
      await codeOf(stranger.documents.download({ clientId: ids.other.clientId, documentId: mine?.id ?? "" })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(stranger.documents.delete({ clientId: ids.other.clientId, documentId: mine?.id ?? "" }))).toBe(
      "NOT_FOUND",
    );
    // Her document named with another woman of the same organisation: not found either.
    const manager = await callerFor(handle, MANAGER);
    expect(await codeOf(manager.documents.download({ clientId: ids.own.clientId, documentId: mine?.id ?? "" }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("identity papers", () => {
  it("are downloaded only with a reason, recorded as a reveal of her identity", async () => {
    const saved = await upload(CASEWORKER, pdfFile("Passport"), { kind: "identity-paper", title: "Passport copy" });
    const caseworker = await callerFor(handle, CASEWORKER);
    expect(await codeOf(caseworker.documents.download({ clientId, documentId: saved.id }))).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        caseworker.documents.download({
          clientId,
          documentId: saved.id,
          reason: "official-documents",
          justification: "x",
        }),
      ),
    ).toBe("BAD_REQUEST");
    const justification = "Permit renewal appointment at the foreigners' office";
    const file = await caseworker.documents.download({
      clientId,
      documentId: saved.id,
      reason: "official-documents",
      justification,
    });
    expect(fromB64(file.contentBase64).equals(pdfFile("Passport"))).toBe(true);
    expect(file.fileName).toMatch(/^identity-paper-/);

    const reveals = await handle.db.select().from(identityReveals).where(eq(identityReveals.clientId, clientId));
    expect(reveals).toHaveLength(1);
    expect(reveals[0]?.reason).toBe("official-documents");
    expect(TEST_CIPHER.decrypt(reveals[0]?.justification ?? "")).toBe(justification);
    const events = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, clientId), eq(auditEvents.entityType, "identity")));
    expect(events.map((e) => e.action)).toContain("identity.reveal:official-documents");
    // The justification never reaches the audit log.
    const all = await handle.db.select({ action: auditEvents.action }).from(auditEvents);
    expect(JSON.stringify(all)).not.toContain("foreigners");
  });
});

describe("documents.delete, subject access and erasure", () => {
  it("deletes a document; it is then gone", async () => {
    const saved = await upload(CASEWORKER, pdfFile(), { kind: "other", title: "Wrong upload" });
    const caseworker = await callerFor(handle, CASEWORKER);
    expect(await caseworker.documents.delete({ clientId, documentId: saved.id })).toEqual({ id: saved.id });
    expect(await codeOf(caseworker.documents.download({ clientId, documentId: saved.id }))).toBe("NOT_FOUND");
    expect(await codeOf(caseworker.documents.delete({ clientId, documentId: saved.id }))).toBe("NOT_FOUND");
  });

  it("lists her documents in the subject-access export, with the files in the archive", async () => {
    const manager = await callerFor(handle, MANAGER);
    const listed = await manager.clients.subjectAccessExport({ clientId, locale: "en" });
    expect(listed.documents.length).toBeGreaterThanOrEqual(4);
    expect(listed.documents.map((d) => d.title)).toContain("Passport copy");
    expect(listed.documents.every((d) => !("contentBase64" in d))).toBe(true);
    const archive = await manager.clients.subjectAccessExport({ clientId, locale: "en", includeFiles: true });
    const passport = archive.documents.find((d) => d.title === "Passport copy");
    expect(fromB64(passport?.contentBase64 ?? "").equals(pdfFile("Passport"))).toBe(true);
  });

  it("erases every document with her record", async () => {
    const manager = await callerFor(handle, MANAGER);
    const open = await manager.clients.get({ clientId });
    const closed = await manager.clients.close({ clientId, version: open.version, reasons: ["her-choice"] });
    await manager.clients.erase({ clientId, version: closed.version, reason: "her-request" });
    expect(await handle.db.select().from(documents).where(eq(documents.clientId, clientId))).toEqual([]);
    expect(await manager.documents.list({ clientId })).toEqual([]);
    // An erased record takes no new documents.
    expect(await codeOf(upload(MANAGER, pdfFile()))).toBe("PRECONDITION_FAILED");
  });
});
