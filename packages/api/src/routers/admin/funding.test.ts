import { createHash } from "node:crypto";
import {
  and,
  auditEvents,
  count,
  eq,
  fundingRelationshipOrganisations,
  fundingRelationships,
  memberships,
  organisations,
  privacyBudgetSpends,
  users,
} from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../auth/password.ts";
import { DEMO_PASSWORD } from "../../demo/seed-demo.ts";
import { DEMO_RELATIONSHIP_ID } from "../../demo/seed-funding.ts";
import { loadMatrixFixture, type MatrixFixture, MISSING_ID } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb, NOW } from "../../testing/test-support.ts";
import { codeOf } from "../../testing/trpc-codes.ts";

/**
 * Joining a funding relationship needs a one-use join code from an organisation already linked
 * (security review: the relationship id is shown to members, so it is no secret).
 */
let handle: TestDb;
let ids: MatrixFixture;
let attackerOrganisationId: string;
const DAY = 24 * 60 * 60 * 1000;

async function addStaff(email: string, role: "admin" | "funder", organisationId: string) {
  const [user] = await handle.db
    .insert(users)
    .values({ email, displayName: `Attacker ${role}`, passwordHash: await hashPassword(DEMO_PASSWORD) })
    .returning({ id: users.id });
  if (!user) throw new Error("user not created");
  await handle.db.insert(memberships).values({ organisationId, userId: user.id, role });
  return user.id;
}

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  const [org] = await handle.db.insert(organisations).values({ name: "Attacker NGO" }).returning();
  if (!org) throw new Error("organisation not created");
  attackerOrganisationId = org.id;
  await addStaff("admin@attacker.test", "admin", org.id);
  await addStaff("funder@attacker.test", "funder", org.id);
});
afterAll(() => handle.close());

const demoAdmin = () => callerFor(handle, "admin@demo.test");
const attacker = (now = NOW) => callerFor(handle, "admin@attacker.test", now);

async function linkedOrganisationIds(relationshipId: string) {
  return (
    await handle.db
      .select({ id: fundingRelationshipOrganisations.organisationId })
      .from(fundingRelationshipOrganisations)
      .where(eq(fundingRelationshipOrganisations.relationshipId, relationshipId))
  )
    .map((r) => r.id)
    .sort();
}

async function freshRelationship(name: string) {
  return (await (await demoAdmin()).admin.funding.create({ name, epsilonPerPeriod: 1 })).relationshipId;
}

describe("joining a funding relationship", () => {
  it("an organisation with the id but no code is refused as for an unknown id, and spends nothing", async () => {
    const a = await attacker();
    const before = await linkedOrganisationIds(DEMO_RELATIONSHIP_ID);
    const [spends] = await handle.db
      .select({ n: count() })
      .from(privacyBudgetSpends)
      .where(eq(privacyBudgetSpends.relationshipId, DEMO_RELATIONSHIP_ID));
    // A guessed code and an unknown id get the same answer.
    expect(
      await codeOf(a.admin.funding.link({ relationshipId: DEMO_RELATIONSHIP_ID, joinCode: "2345-6789-abcd-efgh" })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(a.admin.funding.link({ relationshipId: MISSING_ID, joinCode: "2345-6789-abcd-efgh" }))).toBe(
      "NOT_FOUND",
    );
    // Not linked: no ε, no funder, no join code of her own, nothing listed.
    expect(
      await codeOf(
        a.admin.funding.setEpsilon({ relationshipId: DEMO_RELATIONSHIP_ID, epsilonPerPeriod: 5, version: 1 }),
      ),
    ).toBe("NOT_FOUND");
    const attackerFunder = (await handle.db.select().from(users).where(eq(users.email, "funder@attacker.test")))[0];
    expect(
      await codeOf(
        a.admin.funding.addMember({ relationshipId: DEMO_RELATIONSHIP_ID, userId: attackerFunder?.id ?? "" }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(a.admin.funding.createJoinCode({ relationshipId: DEMO_RELATIONSHIP_ID }))).toBe("NOT_FOUND");
    expect(await a.admin.funding.list()).toEqual([]);
    expect(await linkedOrganisationIds(DEMO_RELATIONSHIP_ID)).toEqual(before);
    const [after] = await handle.db
      .select({ n: count() })
      .from(privacyBudgetSpends)
      .where(eq(privacyBudgetSpends.relationshipId, DEMO_RELATIONSHIP_ID));
    expect(after?.n).toBe(spends?.n);
  });

  it("with a code from a linked administrator she joins once; every linked organisation sees her by name and in its log", async () => {
    const relationshipId = await freshRelationship("Join fund");
    const a1 = await demoAdmin();
    const { code, expiresAt } = await a1.admin.funding.createJoinCode({ relationshipId });
    expect(code).toMatch(/^[2-9a-z]{4}(-[2-9a-z]{4}){3}$/);
    expect(expiresAt.getTime()).toBe(NOW.getTime() + 14 * DAY);
    // Only the hash is stored.
    const [stored] = await handle.db
      .select({ hash: fundingRelationships.joinCodeHash })
      .from(fundingRelationships)
      .where(eq(fundingRelationships.id, relationshipId));
    expect(stored?.hash).toBe(createHash("sha256").update(code.replaceAll("-", "")).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(code);

    const a = await attacker();
    // Read out by phone: case and spaces do not matter.
    await a.admin.funding.link({ relationshipId, joinCode: ` ${code.toUpperCase().replaceAll("-", " ")} ` });
    const listed = (await a1.admin.funding.list()).find((r) => r.relationshipId === relationshipId);
    expect(listed?.organisations).toBe(2);
    expect(listed?.linkedOrganisations.map((o) => o.organisationId).sort()).toEqual(
      [attackerOrganisationId, ids.own.organisationId].sort(),
    );
    expect(listed?.linkedOrganisations.map((o) => o.name)).toContain("Attacker NGO");
    expect(
      (await (await callerFor(handle, "manager@demo.test")).admin.funding.list())
        .find((r) => r.relationshipId === relationshipId)
        ?.linkedOrganisations.map((o) => o.organisationId),
    ).toContain(attackerOrganisationId);
    // The new link starts with the relationship's initial ε.
    expect((await a.admin.funding.list()).find((r) => r.relationshipId === relationshipId)?.epsilonPerPeriod).toBe(1);
    // The demo organisation's log records the join (ids only); so does hers.
    const joined = await handle.db
      .select({ organisationId: auditEvents.organisationId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, relationshipId), eq(auditEvents.action, "admin.funding.organisationJoined")));
    expect(joined.map((e) => e.organisationId)).toEqual([ids.own.organisationId]);
    // …and its administrators and managers read it in their activity log.
    const log = await (await callerFor(handle, "manager@demo.test")).admin.activity.list();
    expect(log.items.map((e) => e.action)).toContain("admin.funding.organisationJoined");
    const own = await handle.db
      .select({ organisationId: auditEvents.organisationId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, relationshipId), eq(auditEvents.action, "admin.funding.link")));
    expect(own.map((e) => e.organisationId)).toEqual([attackerOrganisationId]);

    // The code works once: after leaving she cannot come back with it.
    await a.admin.funding.unlink({ relationshipId });
    expect(await codeOf(a.admin.funding.link({ relationshipId, joinCode: code }))).toBe("NOT_FOUND");
    expect(await linkedOrganisationIds(relationshipId)).toEqual([ids.own.organisationId]);
  });

  it("refuses an expired code, another relationship's code and a replaced code", async () => {
    const relationshipId = await freshRelationship("Expiry fund");
    const otherId = await freshRelationship("Other fund");
    const a1 = await demoAdmin();
    const { code } = await a1.admin.funding.createJoinCode({ relationshipId });
    const { code: otherCode } = await a1.admin.funding.createJoinCode({ relationshipId: otherId });
    // Another relationship's code does not open this one, and is not used up by the try.
    expect(await codeOf((await attacker()).admin.funding.link({ relationshipId, joinCode: otherCode }))).toBe(
      "NOT_FOUND",
    );
    // Fourteen days and a minute later the code has expired.
    expect(
      await codeOf(
        (await attacker(new Date(NOW.getTime() + 14 * DAY + 60_000))).admin.funding.link({
          relationshipId,
          joinCode: code,
        }),
      ),
    ).toBe("NOT_FOUND");
    // A new code replaces the old one.
    const { code: newer } = await a1.admin.funding.createJoinCode({ relationshipId });
    expect(await codeOf((await attacker()).admin.funding.link({ relationshipId, joinCode: code }))).toBe("NOT_FOUND");
    expect(await linkedOrganisationIds(relationshipId)).toEqual([ids.own.organisationId]);
    await (await attacker()).admin.funding.link({ relationshipId, joinCode: newer });
    await (await attacker()).admin.funding.link({ relationshipId: otherId, joinCode: otherCode });
    expect(await linkedOrganisationIds(relationshipId)).toEqual(
      [attackerOrganisationId, ids.own.organisationId].sort(),
    );
    expect(await linkedOrganisationIds(otherId)).toEqual([attackerOrganisationId, ids.own.organisationId].sort());
  });

  it("only a linked organisation's administrator creates a join code", async () => {
    for (const email of ["manager@demo.test", "caseworker@demo.test", "funder@demo.test"]) {
      expect(
        await codeOf(
          (await callerFor(handle, email)).admin.funding.createJoinCode({ relationshipId: DEMO_RELATIONSHIP_ID }),
        ),
        email,
      ).toBe("FORBIDDEN");
    }
    expect(await codeOf((await demoAdmin()).admin.funding.createJoinCode({ relationshipId: MISSING_ID }))).toBe(
      "NOT_FOUND",
    );
    // Bad input: a clear error, not a lookup.
    expect(
      await codeOf((await attacker()).admin.funding.link({ relationshipId: DEMO_RELATIONSHIP_ID, joinCode: "" })),
    ).toBe("BAD_REQUEST");
  });
});
