import { and, auditEvents, clients, consents, count, eq, referrals, serviceProviders, sql } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { callerFor, createSeededDb, TODAY } from "../testing/test-support.ts";
import { codeOf, messageOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

/** A new active provider of the demo organisation, without any consent naming it. */
async function newProvider(isActive = true): Promise<string> {
  const [row] = await handle.db
    .insert(serviceProviders)
    .values({
      organisationId: ids.own.organisationId,
      name: "Referral Test Service (demo)",
      domains: ["legal"],
      isActive,
    })
    .returning({ id: serviceProviders.id });
  return row?.id ?? "";
}

async function giveConsent(
  providerId: string,
  dates: { givenOn?: string; withdrawnOn?: string; expiresOn?: string } = {},
): Promise<string> {
  const [row] = await handle.db
    .insert(consents)
    .values({
      organisationId: ids.own.organisationId,
      clientId: ids.own.clientId,
      purpose: "service-referral",
      recipient: providerId,
      givenOn: "2026-01-15",
      recordedHow: "written-signed",
      ...dates,
    })
    .returning({ id: consents.id });
  return row?.id ?? "";
}

async function referralCount(): Promise<number> {
  const [row] = await handle.db.select({ n: count() }).from(referrals);
  return row?.n ?? 0;
}

describe("referrals.list", () => {
  it("lists her referrals for her caseworker and a manager, and audits the read", async () => {
    const page = await (await callerFor(handle, "caseworker@demo.test")).referrals.list({ clientId: ids.own.clientId });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items[0]).toHaveProperty("providerName");
    expect(
      (await (await callerFor(handle, "manager@demo.test")).referrals.list({ clientId: ids.colleague.clientId })).items
        .length,
    ).toBeGreaterThan(0);
    const reads = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "referrals.list"), eq(auditEvents.entityId, ids.own.clientId)));
    expect(reads.length).toBeGreaterThan(0);
  });

  it("refuses a colleague's client, funders and admins; hides another organisation's client", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect(await codeOf(caseworker.referrals.list({ clientId: ids.colleague.clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(caseworker.referrals.list({ clientId: ids.other.clientId }))).toBe("NOT_FOUND");
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.referrals.list({ clientId: ids.own.clientId }))).toBe("FORBIDDEN");
      expect(
        await codeOf(caller.referrals.create({ clientId: ids.own.clientId, providerId: ids.own.providerId })),
      ).toBe("FORBIDDEN");
    }
  });
});

describe("referrals.create is consent-checked", () => {
  it("refuses without consent, writes nothing but the denial audit", async () => {
    const providerId = await newProvider();
    const before = await referralCount();
    const caller = await callerFor(handle, "caseworker@demo.test");
    const refused = caller.referrals.create({ clientId: ids.own.clientId, providerId });
    expect(await messageOf(refused)).toBe("consent.missing");
    expect(await codeOf(caller.referrals.create({ clientId: ids.own.clientId, providerId }))).toBe(
      "PRECONDITION_FAILED",
    );
    expect(await referralCount()).toBe(before);
    const denials = await handle.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "referrals.create"),
          eq(auditEvents.outcome, "denied"),
          eq(auditEvents.entityId, ids.own.clientId),
        ),
      );
    expect(denials).toHaveLength(2);
    expect(denials[0]).toMatchObject({ entityType: "client", organisationId: ids.own.organisationId });
  });

  it("is blocked by a withdrawn or expired consent", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const withdrawn = await newProvider();
    await giveConsent(withdrawn, { withdrawnOn: "2026-06-01" });
    expect(await messageOf(caller.referrals.create({ clientId: ids.own.clientId, providerId: withdrawn }))).toBe(
      "consent.withdrawn",
    );
    const expired = await newProvider();
    await giveConsent(expired, { expiresOn: "2026-06-01" });
    expect(await messageOf(caller.referrals.create({ clientId: ids.own.clientId, providerId: expired }))).toBe(
      "consent.expired",
    );
  });

  it("refers with a valid consent for that provider and keeps the consent used", async () => {
    const providerId = await newProvider();
    const consentId = await giveConsent(providerId);
    const created = await (await callerFor(handle, "caseworker@demo.test")).referrals.create({
      clientId: ids.own.clientId,
      providerId,
    });
    expect(created).toMatchObject({ status: "sent", version: 1, consentId });
    const [row] = await handle.db.select().from(referrals).where(eq(referrals.id, created.id));
    expect(row).toMatchObject({ consentId, providerId, sentOn: TODAY, clientId: ids.own.clientId });
    const events = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "referrals.create"), eq(auditEvents.entityId, created.id)));
    expect(events).toHaveLength(1);
  });

  it("refuses an inactive provider, another organisation's provider or action, and bad input", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    const inactive = await newProvider(false);
    await giveConsent(inactive);
    expect(await messageOf(caller.referrals.create({ clientId: ids.own.clientId, providerId: inactive }))).toBe(
      "referral.providerInactive",
    );
    expect(
      await codeOf(caller.referrals.create({ clientId: ids.own.clientId, providerId: ids.other.providerId })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(caller.referrals.create({ clientId: ids.own.clientId, actionId: ids.other.actionId }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(caller.referrals.create({ clientId: ids.own.clientId }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.referrals.create({ clientId: ids.own.clientId, providerId: "not-a-uuid" }))).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("referrals.updateStatus", () => {
  it("moves a referral along the allowed transitions with optimistic versions", async () => {
    const providerId = await newProvider();
    await giveConsent(providerId);
    const caller = await callerFor(handle, "caseworker@demo.test");
    const { id } = await caller.referrals.create({ clientId: ids.own.clientId, providerId });
    const accepted = await caller.referrals.updateStatus({
      clientId: ids.own.clientId,
      referralId: id,
      status: "accepted",
      version: 1,
    });
    expect(accepted).toEqual({ id, status: "accepted", version: 2 });
    const [row] = await handle.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row?.decidedOn).toBe(TODAY);
    expect(
      await codeOf(
        caller.referrals.updateStatus({ clientId: ids.own.clientId, referralId: id, status: "done", version: 1 }),
      ),
    ).toBe("CONFLICT");
    expect(
      await messageOf(
        caller.referrals.updateStatus({ clientId: ids.own.clientId, referralId: id, status: "sent", version: 2 }),
      ),
    ).toBe("referral.transitionNotAllowed");
    expect(
      (await caller.referrals.updateStatus({ clientId: ids.own.clientId, referralId: id, status: "done", version: 2 }))
        .status,
    ).toBe("done");
    const events = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "referrals.updateStatus"), eq(auditEvents.entityId, id)));
    expect(events).toHaveLength(2);
  });

  it("hides another organisation's referral and refuses an unknown status", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    expect(
      await codeOf(
        caller.referrals.updateStatus({
          clientId: ids.own.clientId,
          referralId: ids.other.referralId,
          status: "done",
          version: 1,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        caller.referrals.updateStatus({
          clientId: ids.own.clientId,
          referralId: ids.own.referralId,
          status: "lost" as never,
          version: 1,
        }),
      ),
    ).toBe("BAD_REQUEST");
  });
});

describe("demo seed", () => {
  it("gives every active client a referral, and a few a withdrawn referral consent", async () => {
    const [withoutReferral] = await handle.db
      .select({ n: count() })
      .from(clients)
      .where(
        and(
          eq(clients.status, "active"),
          sql`not exists (select 1 from ${referrals} where ${referrals.clientId} = ${clients.id})`,
        ),
      );
    expect(withoutReferral?.n).toBe(0);
    const [withdrawn] = await handle.db
      .select({ n: count() })
      .from(consents)
      .where(and(eq(consents.purpose, "service-referral"), sql`${consents.withdrawnOn} is not null`));
    expect(withdrawn?.n ?? 0).toBeGreaterThan(3);
  });
});
