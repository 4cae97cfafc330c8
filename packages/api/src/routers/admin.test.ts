import { and, auditEvents, eq, memberships, organisations, sessions, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, resolveSession } from "../auth/sessions.ts";
import { createContext } from "../context.ts";
import { DEMO_PASSWORD } from "../demo/seed-demo.ts";
import { createCaller } from "../root.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, contextOptions, createSeededDb, NOW } from "../testing/test-support.ts";
import { codeOf, messageOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

async function userIdOf(email: string): Promise<string> {
  const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id ?? "";
}

const NEW_STAFF = {
  email: "New.Caseworker@demo.test",
  displayName: "New Caseworker",
  role: "caseworker" as const,
  initialPassword: "first-password-2026",
};

describe("admin.users.list", () => {
  it("lists the organisation's staff with roles for admins and managers, nothing else", async () => {
    for (const email of ["admin@demo.test", "manager@demo.test"]) {
      const page = await (await callerFor(handle, email)).admin.users.list();
      expect(page.items.map((u) => u.email).sort()).toEqual([
        "admin@demo.test",
        "caseworker-b@demo.test",
        "caseworker@demo.test",
        "funder@demo.test",
        "manager@demo.test",
      ]);
      expect(Object.keys(page.items[0] ?? {}).sort()).toEqual([
        "active",
        "displayName",
        "email",
        "role",
        "totpEnabled",
        "totpEnrolmentApprovedUntil",
        "userId",
      ]);
    }
    for (const email of ["caseworker@demo.test", "funder@demo.test"]) {
      expect(await codeOf((await callerFor(handle, email)).admin.users.list())).toBe("FORBIDDEN");
    }
  });
});

describe("admin.users.create", () => {
  it("creates an account with a hashed initial password and a membership", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const created = await admin.admin.users.create(NEW_STAFF);
    if (created.outcome !== "created") throw new Error("expected a new account");
    // The administrator typed the first password: nothing to show her.
    expect(created).toEqual({ outcome: "created", userId: expect.any(String), oneTimePassword: null });
    const [user] = await handle.db.select().from(users).where(eq(users.id, created.userId));
    expect(user?.email).toBe("new.caseworker@demo.test");
    expect(user?.mustChangePassword).toBe(true);
    expect(user?.passwordHash.startsWith("$argon2id$")).toBe(true);
    const login = await (await anonymousCaller(handle)).auth.login({
      email: "new.caseworker@demo.test",
      password: NEW_STAFF.initialPassword,
    });
    expect(login.user).toMatchObject({ role: "caseworker" });
    const events = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "admin.users.create"), eq(auditEvents.entityId, created.userId)));
    expect(events).toHaveLength(1);
    expect(await messageOf(admin.admin.users.create(NEW_STAFF))).toBe("admin.alreadyMember");
    expect(await codeOf(admin.admin.users.create(NEW_STAFF))).toBe("CONFLICT");
  });

  it("never attaches another organisation's account nor shows its data: it invites her (issues 14, 17)", async () => {
    // The other organisation's administrator (for this test) creates her manager through the API.
    const otherMember = eq(memberships.userId, await userIdOf("caseworker2@demo.test"));
    await handle.db.update(memberships).set({ role: "admin" }).where(otherMember);
    try {
      await (await callerFor(handle, "caseworker2@demo.test")).admin.users.create({
        email: "elsewhere@second.test",
        displayName: "Second NGO Manager",
        role: "manager",
        initialPassword: "second-ngo-password-1",
      });
    } finally {
      await handle.db.update(memberships).set({ role: "caseworker" }).where(otherMember);
    }
    const elsewhereId = await userIdOf("elsewhere@second.test");
    const admin = await callerFor(handle, "admin@demo.test");
    const invited = await admin.admin.users.create({
      ...NEW_STAFF,
      email: "Elsewhere@Second.test",
      displayName: "Ignored",
      initialPassword: "another-password-1",
    });
    // Only that an invitation went out: not her name, roles or two-step sign-in.
    expect(Object.keys(invited).sort()).toEqual(["invitationCode", "invitationId", "outcome"]);
    expect(invited.outcome).toBe("invited");
    // Inviting again renews the same invitation with a new code (the old one no longer works).
    const again = await admin.admin.users.create({ ...NEW_STAFF, email: "elsewhere@second.test" });
    expect(again).toEqual({ ...invited, invitationCode: expect.any(String) });
    if (again.outcome === "invited" && invited.outcome === "invited")
      expect(again.invitationCode).not.toBe(invited.invitationCode);
    // Not attached: no membership here, nothing of hers in the list, her role untouchable.
    expect(
      await handle.db
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, elsewhereId), eq(memberships.organisationId, ids.own.organisationId))),
    ).toHaveLength(0);
    const listed = JSON.stringify((await admin.admin.users.list({ limit: 100 })).items);
    expect(listed).not.toContain("elsewhere@second.test");
    expect(listed).not.toContain("Second NGO Manager");
    expect(await codeOf(admin.admin.users.setRole({ userId: elsewhereId, role: "caseworker" }))).toBe("NOT_FOUND");
    expect(await codeOf(admin.admin.users.setActive({ userId: elsewhereId, active: false }))).toBe("NOT_FOUND");
    // Her own password and organisation are untouched.
    const login = await (await anonymousCaller(handle)).auth.login({
      email: "elsewhere@second.test",
      password: "second-ngo-password-1",
    });
    expect(login.user).toMatchObject({ role: "manager", displayName: "Second NGO Manager" });
  });

  it("is for admins only and refuses bad input", async () => {
    expect(
      await codeOf(
        (await callerFor(handle, "manager@demo.test")).admin.users.create({ ...NEW_STAFF, email: "x@demo.test" }),
      ),
    ).toBe("FORBIDDEN");
    const admin = await callerFor(handle, "admin@demo.test");
    expect(await codeOf(admin.admin.users.create({ ...NEW_STAFF, email: "not-an-email" }))).toBe("BAD_REQUEST");
    expect(
      await codeOf(admin.admin.users.create({ ...NEW_STAFF, email: "y@demo.test", initialPassword: "short" })),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(admin.admin.users.create({ ...NEW_STAFF, email: "z@demo.test", role: "owner" as never }))).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("admin.users.setRole / setActive", () => {
  it("changes a member's role, never her own, never another organisation's member", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const target = await userIdOf("caseworker-b@demo.test");
    expect(await admin.admin.users.setRole({ userId: target, role: "manager" })).toEqual({
      userId: target,
      role: "manager",
    });
    expect((await (await callerFor(handle, "caseworker-b@demo.test")).auth.me()).role).toBe("manager");
    await admin.admin.users.setRole({ userId: target, role: "caseworker" });
    expect(
      await messageOf(admin.admin.users.setRole({ userId: await userIdOf("admin@demo.test"), role: "caseworker" })),
    ).toBe("admin.notOwnMembership");
    expect(await codeOf(admin.admin.users.setRole({ userId: ids.other.caseworkerUserId, role: "manager" }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(
        (await callerFor(handle, "manager@demo.test")).admin.users.setRole({ userId: target, role: "manager" }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("deactivating ends her sessions in the organisation at once; reactivating lets her back in", async () => {
    const target = await userIdOf("caseworker-b@demo.test");
    const { sessionToken } = await (await anonymousCaller(handle)).auth.login({
      email: "caseworker-b@demo.test",
      password: DEMO_PASSWORD,
    });
    const request = async () => createCaller(await createContext(contextOptions(handle, { sessionToken })));
    expect((await (await request()).auth.me()).role).toBe("caseworker");
    const admin = await callerFor(handle, "admin@demo.test");
    const result = await admin.admin.users.setActive({ userId: target, active: false });
    expect(result).toMatchObject({ active: false });
    expect(result.endedSessions).toBeGreaterThan(0);
    expect(await codeOf((await request()).auth.me())).toBe("UNAUTHORIZED");
    expect(await codeOf(callerFor(handle, "caseworker-b@demo.test"))).toBe("UNAUTHORIZED");
    await admin.admin.users.setActive({ userId: target, active: true });
    expect((await (await callerFor(handle, "caseworker-b@demo.test")).auth.me()).role).toBe("caseworker");
    expect(await codeOf(admin.admin.users.setActive({ userId: ids.other.caseworkerUserId, active: false }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("resolveSession", () => {
  it("does not accept a session whose membership was deactivated", async () => {
    const target = await userIdOf("funder@demo.test");
    const { token } = await createSession(handle.db, target, ids.own.organisationId, NOW);
    expect(await resolveSession(handle.db, token, NOW)).not.toBeNull();
    await handle.db
      .update(memberships)
      .set({ active: false })
      .where(and(eq(memberships.userId, target), eq(memberships.organisationId, ids.own.organisationId)));
    expect(await resolveSession(handle.db, token, NOW)).toBeNull();
    await handle.db.update(memberships).set({ active: true }).where(eq(memberships.userId, target));
    await handle.db.delete(sessions).where(eq(sessions.userId, target));
  });
});

describe("admin.organisation", () => {
  it("shows the settings to admins and managers only", async () => {
    const settings = await (await callerFor(handle, "manager@demo.test")).admin.organisation.get();
    expect(settings).toMatchObject({ id: ids.own.organisationId, disclosureThreshold: 10, totpRequiredRoles: [] });
    for (const email of ["caseworker@demo.test", "funder@demo.test"]) {
      expect(await codeOf((await callerFor(handle, email)).admin.organisation.get())).toBe("FORBIDDEN");
    }
  });

  it("updates with the version read; refuses a stale version, a threshold below 5 and managers", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const current = await admin.admin.organisation.get();
    const input = {
      name: current.name,
      disclosureThreshold: 12,
      country: "de",
      version: current.version,
    };
    const updated = await admin.admin.organisation.update(input);
    expect(updated).toMatchObject({ disclosureThreshold: 12, country: "DE", version: current.version + 1 });
    expect(await codeOf(admin.admin.organisation.update(input))).toBe("CONFLICT");
    expect(
      await codeOf(admin.admin.organisation.update({ ...input, disclosureThreshold: 4, version: updated.version })),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        (await callerFor(handle, "manager@demo.test")).admin.organisation.update({
          ...input,
          version: updated.version,
        }),
      ),
    ).toBe("FORBIDDEN");
    // Another organisation's name, in any case, is refused (attack review: a copy passed for it).
    const [second] = await handle.db
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, ids.other.organisationId));
    const copy = { ...input, name: (second?.name ?? "").toUpperCase(), version: updated.version };
    expect(await messageOf(admin.admin.organisation.update(copy))).toBe("organisation.error.nameTaken");
    expect((await admin.admin.organisation.get()).name).toBe(current.name);
    const [other] = await handle.db.select().from(organisations).where(eq(organisations.id, ids.other.organisationId));
    expect(other?.disclosureThreshold).toBe(10);
  });
});
