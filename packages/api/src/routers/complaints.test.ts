import { addDays } from "@gesim/core";
import { and, auditEvents, complaints, eq, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb, NEW_CLIENT_FACTS, TODAY } from "../testing/test-support.ts";
import { codeOf, messageOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
let clientId: string;
const DETAILS = "The interpreter at the office told her story to another woman";

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  const caseworker = await callerFor(handle, "caseworker@demo.test");
  clientId = (await caseworker.clients.create({ ...NEW_CLIENT_FACTS, pseudonym: "Sorrel-412" })).id;
});
afterAll(() => handle.close());

const fields = (overrides: Record<string, unknown> = {}) => ({
  receivedOn: addDays(TODAY, -10),
  channel: "in-person" as const,
  madeBy: "her" as const,
  subject: "privacy" as const,
  details: DETAILS,
  ...overrides,
});

describe("a complaint recorded for a newly entered woman", () => {
  it("stores details and outcome only encrypted, and walks received → acknowledged → resolved, told", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const [manager] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "manager@demo.test"));
    const created = await caseworker.complaints.create({
      clientId,
      complaint: fields({ handlerUserId: manager?.id }),
    });
    const [raw] = await handle.db.select().from(complaints).where(eq(complaints.id, created.id));
    expect(raw?.detailsCipher?.startsWith("gcm1.")).toBe(true);
    expect(JSON.stringify(raw)).not.toContain("interpreter");

    const [mine] = await caseworker.complaints.listForClient({ clientId });
    expect(mine).toMatchObject({ details: DETAILS, status: "received", open: true, ageDays: 10 });
    expect(mine?.handlerName).toBe("Demo Manager");

    const acknowledged = await caseworker.complaints.update({
      clientId,
      complaintId: created.id,
      version: created.version,
      progress: { status: "acknowledged", handlerUserId: manager?.id },
    });
    const resolved = await caseworker.complaints.update({
      clientId,
      complaintId: created.id,
      version: acknowledged.version,
      progress: {
        status: "resolved",
        outcome: "Apology; the interpreter agency was told; she chose another interpreter",
        closedOn: addDays(TODAY, -2),
        toldOutcome: true,
        handlerUserId: manager?.id,
      },
    });
    expect(resolved.status).toBe("resolved");
    const [after] = await handle.db.select().from(complaints).where(eq(complaints.id, created.id));
    expect(after?.outcomeCipher?.startsWith("gcm1.")).toBe(true);
    const [shown] = await caseworker.complaints.listForClient({ clientId });
    expect(shown).toMatchObject({ open: false, ageDays: 8, toldOutcome: true, closedOn: addDays(TODAY, -2) });
    expect(shown?.outcome).toContain("Apology");

    const audited = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, clientId), eq(auditEvents.entityType, "client")));
    const actions = audited.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["complaints.create", "complaints.update", "complaints.listForClient"]),
    );
    expect(JSON.stringify(audited)).not.toContain("interpreter");
  });

  it("refuses bad input with its message key and records nothing", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const before = await handle.db.select().from(complaints).where(eq(complaints.clientId, clientId));
    expect(
      await messageOf(caseworker.complaints.create({ clientId, complaint: fields({ receivedOn: addDays(TODAY, 1) }) })),
    ).toBe("complaint.error.receivedInFuture");
    expect(await codeOf(caseworker.complaints.create({ clientId, complaint: fields({ subject: "the-police" }) }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await codeOf(caseworker.complaints.create({ clientId, complaint: fields({ details: "x".repeat(2001) }) })),
    ).toBe("BAD_REQUEST");
    // The funder is no handler.
    const [funder] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "funder@demo.test"));
    expect(
      await messageOf(caseworker.complaints.create({ clientId, complaint: fields({ handlerUserId: funder?.id }) })),
    ).toBe("complaint.error.handlerNotStaff");
    expect(await handle.db.select().from(complaints).where(eq(complaints.clientId, clientId))).toHaveLength(
      before.length,
    );

    const created = await caseworker.complaints.create({
      clientId,
      complaint: fields({ subject: "waiting-or-access" }),
    });
    const progress = (patch: Record<string, unknown>) =>
      caseworker.complaints.update({
        clientId,
        complaintId: created.id,
        version: created.version,
        progress: { status: "resolved", ...patch },
      });
    expect(await messageOf(progress({ closedOn: TODAY }))).toBe("complaint.error.outcomeRequired");
    expect(await messageOf(progress({ outcome: "Done", closedOn: addDays(TODAY, -11) }))).toBe(
      "complaint.error.closedBeforeReceived",
    );
    expect(await codeOf(progress({ outcome: "Done", closedOn: TODAY, status: "acknowledged" }))).toBe("BAD_REQUEST");
    // A stale version is a conflict and changes nothing.
    expect(
      await codeOf(
        caseworker.complaints.update({
          clientId,
          complaintId: created.id,
          version: created.version + 5,
          progress: { status: "withdrawn", closedOn: TODAY },
        }),
      ),
    ).toBe("CONFLICT");
    const [still] = await handle.db.select().from(complaints).where(eq(complaints.id, created.id));
    expect(still?.status).toBe("received");
  });
});

describe("who sees complaints", () => {
  it("a colleague outside her caseload, the funder, the admin and anonymous callers are refused", async () => {
    const colleague = await callerFor(handle, "caseworker-b@demo.test");
    expect(await codeOf(colleague.complaints.listForClient({ clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(colleague.complaints.create({ clientId, complaint: fields() }))).toBe("FORBIDDEN");
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.complaints.listForClient({ clientId }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.complaints.log())).toBe("FORBIDDEN");
    }
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect(await codeOf(caseworker.complaints.log())).toBe("FORBIDDEN");
    expect(await codeOf((await anonymousCaller(handle)).complaints.log())).toBe("UNAUTHORIZED");
  });

  it("another organisation's woman and complaint do not exist for her", async () => {
    const other = await callerFor(handle, "caseworker2@demo.test");
    expect(await codeOf(other.complaints.listForClient({ clientId }))).toBe("NOT_FOUND");
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect(await codeOf(caseworker.complaints.listForClient({ clientId: ids.other.clientId }))).toBe("NOT_FOUND");
    const [own] = await handle.db.select().from(complaints).where(eq(complaints.clientId, clientId)).limit(1);
    // Her complaint id under another of her caseworker's women: not found, nothing changed.
    expect(
      await codeOf(
        caseworker.complaints.update({
          clientId: ids.own.clientId,
          complaintId: own?.id ?? "",
          version: own?.version ?? 1,
          progress: { status: "withdrawn", closedOn: TODAY },
        }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("the manager's log lists open complaints first with their age, no narrative, and audits each woman shown", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const log = await manager.complaints.log();
    expect(log.items.length).toBeGreaterThanOrEqual(2);
    const firstClosed = log.items.findIndex((item) => !item.open);
    const lastOpen = log.items.map((item) => item.open).lastIndexOf(true);
    expect(firstClosed === -1 || lastOpen < firstClosed).toBe(true);
    expect(log.openCount).toBe(log.items.filter((item) => item.open).length);
    const open = log.items.find((item) => item.subject === "waiting-or-access");
    expect(open).toMatchObject({ pseudonym: "Sorrel-412", ageDays: 10, status: "received" });
    expect(JSON.stringify(log)).not.toContain("interpreter");
    expect(JSON.stringify(log)).not.toContain("Apology");
    const events = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "complaints.log"), eq(auditEvents.entityId, clientId)));
    expect(events.length).toBeGreaterThan(0);
  });
});

describe("erasing her record", () => {
  it("removes what her complaints said and their outcome, and keeps subject, status and dates", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const client = await caseworker.clients.create({ ...NEW_CLIENT_FACTS, pseudonym: "Mallow-518" });
    const { id } = await caseworker.complaints.create({ clientId: client.id, complaint: fields() });
    const manager = await callerFor(handle, "manager@demo.test");
    const closed = await manager.clients.close({
      clientId: client.id,
      version: client.version,
      reasons: ["her-choice"],
    });
    await manager.clients.erase({ clientId: client.id, version: closed.version, reason: "her-request" });
    const [row] = await handle.db.select().from(complaints).where(eq(complaints.id, id));
    expect(row).toMatchObject({ detailsCipher: null, outcomeCipher: null, subject: "privacy", status: "received" });
  });
});
