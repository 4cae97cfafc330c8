import { and, auditEvents, eq, notes } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { callerFor, createSeededDb } from "../testing/test-support.ts";
import { codeOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const SECRET_TEXT = "Fictional note: she prefers appointments in the morning.";

describe("notes.create and notes.list", () => {
  it("stores only ciphertext and gives the text back decrypted", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const { id } = await caller.notes.create({ clientId: ids.own.clientId, body: SECRET_TEXT });
    const raw = await handle.db.select({ body: notes.body }).from(notes);
    expect(raw.length).toBeGreaterThan(50);
    expect(raw.every((row) => row.body.startsWith("gcm1."))).toBe(true);
    expect(raw.some((row) => row.body.includes("morning"))).toBe(false);
    const page = await caller.notes.list({ clientId: ids.own.clientId, limit: 100 });
    expect(page.items.find((n) => n.id === id)).toMatchObject({ body: SECRET_TEXT, authorName: "Demo Caseworker" });
    const created = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "note.create"), eq(auditEvents.entityId, id)));
    expect(created).toHaveLength(1);
  });

  it("audits every note shown as note.read, page by page", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    await caller.notes.create({ clientId: ids.colleague.clientId, body: "Fictional note one." });
    await caller.notes.create({ clientId: ids.colleague.clientId, body: "Fictional note two." });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.notes.list({
        clientId: ids.colleague.clientId,
        limit: 1,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const noteId of seen) {
      const reads = await handle.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "note.read"), eq(auditEvents.entityId, noteId)));
      expect(reads).toHaveLength(1);
      expect(reads[0]).toMatchObject({ entityType: "note", outcome: "ok" });
    }
  });

  it("refuses bad input: empty, too long, a bad cursor", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    expect(await codeOf(caller.notes.create({ clientId: ids.own.clientId, body: "   " }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.notes.create({ clientId: ids.own.clientId, body: "x".repeat(5001) }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(caller.notes.list({ clientId: ids.own.clientId, cursor: "%%%" }))).toBe("BAD_REQUEST");
  });

  it("refuses funders, admins and a colleague's client; hides another organisation's client", async () => {
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.notes.list({ clientId: ids.own.clientId }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.notes.create({ clientId: ids.own.clientId, body: "x" }))).toBe("FORBIDDEN");
    }
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect(await codeOf(caseworker.notes.list({ clientId: ids.colleague.clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(caseworker.notes.list({ clientId: ids.other.clientId }))).toBe("NOT_FOUND");
  });
});

describe("notes.accessLog", () => {
  it("shows a manager who read the notes and when, without content", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const page = await caseworker.notes.list({ clientId: ids.own.clientId, limit: 1 });
    const noteId = page.items[0]?.id ?? "";
    const log = await (await callerFor(handle, "manager@demo.test")).notes.accessLog({
      clientId: ids.own.clientId,
      limit: 100,
    });
    const read = log.items.find((e) => e.action === "note.read" && e.entityId === noteId);
    expect(read).toMatchObject({ actorName: "Demo Caseworker", outcome: "ok" });
    expect(read?.createdAt).toBeInstanceOf(Date);
    expect(JSON.stringify(log)).not.toContain("Fictional note");
    expect(log.items.every((e) => e.entityType === "note")).toBe(true);
  });

  it("is for managers only", async () => {
    for (const email of ["caseworker@demo.test", "funder@demo.test", "admin@demo.test"]) {
      expect(await codeOf((await callerFor(handle, email)).notes.accessLog({ clientId: ids.own.clientId }))).toBe(
        "FORBIDDEN",
      );
    }
    expect(
      await codeOf((await callerFor(handle, "manager@demo.test")).notes.accessLog({ clientId: ids.other.clientId })),
    ).toBe("NOT_FOUND");
  });
});
