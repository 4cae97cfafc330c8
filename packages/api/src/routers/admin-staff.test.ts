// Issue 17: the administration's staff page over the API — one-time passwords made by the
// server, invitations for accounts another organisation uses, two-step sign-in per role with an
// administrator's approval to enrol, and the admin activity log. Allowed and refused roles, and
// another organisation's ids, for every procedure.
import { and, auditEvents, eq, memberships, organisations, staffInvitations, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isEmailLocked, MAX_FAILED_LOGINS } from "../auth/lockout.ts";
import { createContext } from "../context.ts";
import { DEMO_ORGANISATION, SECOND_ORGANISATION } from "../demo/seed-demo.ts";
import { createOrganisationWithAdmin } from "../operations/create-organisation.ts";
import { createCaller } from "../root.ts";
import { anonymousCaller, callerFor, contextOptions, createSeededDb, NOW } from "../testing/test-support.ts";
import { codeOf, messageOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
const SECOND = {
  organisationName: "Zweite Beratungsstelle",
  adminEmail: "leitung@zweite.test",
  adminName: "Zweite Leitung",
  adminPassword: "zweite-admin-password",
};
beforeAll(async () => {
  handle = await createSeededDb();
  const created = await createOrganisationWithAdmin(handle.db, SECOND, NOW);
  if (!created.ok) throw new Error("second organisation not created");
});
afterAll(() => handle.close());

async function signIn(email: string, password: string) {
  const login = await (await anonymousCaller(handle)).auth.login({ email, password });
  return createCaller(await createContext(contextOptions(handle, { sessionToken: login.sessionToken })));
}

async function userIdOf(email: string): Promise<string> {
  const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id ?? "";
}

describe("one-time passwords made by the server", () => {
  it("adds a member with a one-time password shown once, and resets one the same way", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const created = await admin.admin.users.create({
      email: "otp@demo.test",
      displayName: "Otp Person",
      role: "caseworker",
    });
    if (created.outcome !== "created" || !created.oneTimePassword) throw new Error("expected a one-time password");
    expect(created.oneTimePassword).toMatch(/^[2-9a-z]{4}(-[2-9a-z]{4}){3}$/);
    const her = await signIn("otp@demo.test", created.oneTimePassword);
    expect((await her.account.get()).mustChangePassword).toBe(true);
    const reset = await admin.admin.users.resetPassword({ userId: created.userId });
    expect(reset.oneTimePassword).toMatch(/^[2-9a-z]{4}(-[2-9a-z]{4}){3}$/);
    expect(reset.oneTimePassword).not.toBe(created.oneTimePassword);
    await expect(signIn("otp@demo.test", created.oneTimePassword)).rejects.toThrow();
    expect((await (await signIn("otp@demo.test", reset.oneTimePassword ?? "")).account.get()).mustChangePassword).toBe(
      true,
    );
  });

  it("lifts the lock her wrong passwords set: the new one-time password works at once", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const created = await admin.admin.users.create({
      email: "locked-out@demo.test",
      displayName: "Locked Out",
      role: "caseworker",
    });
    if (created.outcome !== "created") throw new Error("expected a new account");
    for (let attempt = 0; attempt < MAX_FAILED_LOGINS; attempt++)
      await expect(signIn("locked-out@demo.test", "a-wrong-password-typed")).rejects.toThrow();
    expect(await isEmailLocked(handle.db, "locked-out@demo.test", NOW)).toBe(true);
    const reset = await admin.admin.users.resetPassword({ userId: created.userId });
    expect(await isEmailLocked(handle.db, "locked-out@demo.test", NOW)).toBe(false);
    expect(
      (await (await signIn("locked-out@demo.test", reset.oneTimePassword ?? "")).account.get()).mustChangePassword,
    ).toBe(true);
  });
});

describe("invitations for an account another organisation uses", () => {
  it("an account made for someone else's address cannot join her new organisation (attack review)", async () => {
    // An administrator elsewhere makes an account for the address of a person the demo
    // organisation is about to hire, with a password she knows, and takes it over.
    const secondAdmin = await signIn("leitung@zweite.test", SECOND.adminPassword);
    await secondAdmin.admin.users.create({
      email: "new-hire@demo.test",
      displayName: "Taken Over",
      role: "caseworker",
      initialPassword: "attacker-knows-this-one",
    });
    const attacker = await signIn("new-hire@demo.test", "attacker-knows-this-one");
    await attacker.account.changePassword({
      currentPassword: "attacker-knows-this-one",
      newPassword: "attacker-own-password",
      confirmPassword: "attacker-own-password",
    });
    // The demo organisation invites the address; its administrator keeps the code for the real person.
    const demoAdmin = await callerFor(handle, "admin@demo.test");
    const invited = await demoAdmin.admin.users.create({
      email: "new-hire@demo.test",
      displayName: "New Hire",
      role: "manager",
    });
    if (invited.outcome !== "invited") throw new Error("expected an invitation");
    const holder = await signIn("new-hire@demo.test", "attacker-own-password");
    const [open] = await holder.account.invitations.list();
    expect(await holder.account.invitations.answer({ invitationId: open?.invitationId ?? "", accept: true })).toEqual({
      answered: false,
    });
    expect((await holder.account.organisations.list()).map((o) => o.organisationName)).toEqual([
      SECOND.organisationName,
    ]);
    // The refused attempt is in the demo organisation's activity log.
    const log = await demoAdmin.admin.activity.list({ area: "staff", limit: 20 });
    expect(log.items.filter((e) => e.action === "account.invitation.accept").map((e) => e.outcome)).toContain("denied");
    await demoAdmin.admin.invitations.withdraw({ invitationId: invited.invitationId });
  });

  it("invites without revealing her; she accepts after signing in and only then is a member", async () => {
    const secondAdmin = await signIn("leitung@zweite.test", SECOND.adminPassword);
    await secondAdmin.admin.users.create({
      email: "beraterin@zweite.test",
      displayName: "Zweite Beraterin",
      role: "caseworker",
      initialPassword: "zweite-beraterin-pw",
    });
    const demoAdmin = await callerFor(handle, "admin@demo.test");
    const invited = await demoAdmin.admin.users.create({
      email: "beraterin@zweite.test",
      displayName: "Typed By Demo",
      role: "manager",
    });
    expect(invited).toEqual({
      outcome: "invited",
      invitationId: expect.any(String),
      invitationCode: expect.any(String),
    });
    const listed = (await demoAdmin.admin.invitations.list()).filter((i) => i.email === "beraterin@zweite.test");
    expect(listed).toEqual([
      expect.objectContaining({ email: "beraterin@zweite.test", role: "manager", status: "pending" }),
    ]);
    expect(JSON.stringify(listed)).not.toContain("Zweite Beraterin");
    // Not a member yet: nothing of hers in the staff list, her account untouched.
    const userId = await userIdOf("beraterin@zweite.test");
    expect(JSON.stringify(await demoAdmin.admin.users.list({ limit: 100 }))).not.toContain(userId);
    expect(await codeOf(demoAdmin.admin.twoStep.approveEnrolment({ userId }))).toBe("NOT_FOUND");

    // She sees it after signing in in her own organisation; nobody else can answer it.
    const first = await signIn("beraterin@zweite.test", "zweite-beraterin-pw");
    await first.account.changePassword({
      currentPassword: "zweite-beraterin-pw",
      newPassword: "beraterin-own-password",
      confirmPassword: "beraterin-own-password",
    });
    const herLogin = await (await anonymousCaller(handle)).auth.login({
      email: "beraterin@zweite.test",
      password: "beraterin-own-password",
    });
    const callerWith = async (sessionToken: string) =>
      createCaller(await createContext(contextOptions(handle, { sessionToken })));
    const her = await callerWith(herLogin.sessionToken);
    expect(await her.account.invitations.list()).toEqual([
      {
        invitationId: invited.invitationId,
        organisationName: DEMO_ORGANISATION,
        role: "manager",
        expiresAt: expect.any(Date),
      },
    ]);
    const someoneElse = await callerFor(handle, "caseworker@demo.test");
    expect(await someoneElse.account.invitations.list()).toEqual([]);
    if (invited.outcome !== "invited") throw new Error("expected an invitation");
    expect(await someoneElse.account.invitations.answer({ invitationId: invited.invitationId, accept: true })).toEqual({
      answered: false,
    });
    // The other organisation's administrator can neither see nor withdraw it.
    expect(await secondAdmin.admin.invitations.list()).toEqual([]);
    expect(await codeOf(secondAdmin.admin.invitations.withdraw({ invitationId: invited.invitationId }))).toBe(
      "NOT_FOUND",
    );

    // Accepting needs the code her new organisation's administrator handed her.
    const { invitationId, invitationCode } = invited;
    expect(await her.account.invitations.answer({ invitationId, accept: true })).toEqual({ answered: false });
    expect(await her.account.invitations.answer({ invitationId, accept: true, code: "aaaa-bbbb-cccc-dddd" })).toEqual({
      answered: false,
    });
    expect(
      await her.account.invitations.answer({ invitationId, accept: true, code: ` ${invitationCode.toUpperCase()} ` }),
    ).toEqual({
      answered: true,
    });
    expect(await her.account.invitations.answer({ invitationId, accept: true, code: invitationCode })).toEqual({
      answered: false,
    });
    const [membership] = await handle.db
      .select({ role: memberships.role })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(memberships.userId, userId), eq(organisations.name, DEMO_ORGANISATION)));
    expect(membership).toEqual({ role: "manager" });
    expect((await demoAdmin.admin.invitations.list()).find((i) => i.invitationId === invitationId)?.status).toBe(
      "accepted",
    );
    // She works in either organisation: her session moves, the old one ends.
    const mine = await her.account.organisations.list();
    expect(mine.map((o) => [o.organisationName, o.role, o.isCurrent])).toEqual([
      [DEMO_ORGANISATION, "manager", false],
      [SECOND.organisationName, "caseworker", true],
    ]);
    const demoId = mine.find((o) => o.organisationName === DEMO_ORGANISATION)?.organisationId ?? "";
    const [elsewhere] = await handle.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, SECOND_ORGANISATION));
    expect(await codeOf(her.account.organisations.switchTo({ organisationId: elsewhere?.id ?? "" }))).toBe("NOT_FOUND");
    // Eleven hours later (busy all day): the new session still ends twelve hours after she signed in.
    const elevenHours = 11 * 3_600_000;
    const later = createCaller(
      await createContext(
        contextOptions(handle, {
          sessionToken: herLogin.sessionToken,
          now: new Date(NOW.getTime() + elevenHours),
          sessionIdleMs: elevenHours + 60_000,
        }),
      ),
    );
    const moved = await later.account.organisations.switchTo({ organisationId: demoId });
    expect(moved.secondFactor).toBe("none");
    expect(moved.expiresAt).toBe(herLogin.expiresAt);
    const there = await callerWith(moved.sessionToken);
    expect(await there.auth.me()).toEqual({
      displayName: "Zweite Beraterin",
      role: "manager",
      organisationName: DEMO_ORGANISATION,
    });
    // The session she moved from has ended.
    expect(await codeOf((await callerWith(herLogin.sessionToken)).auth.me())).toBe("UNAUTHORIZED");
    // Her answer is in the inviting organisation's activity log.
    const log = await demoAdmin.admin.activity.list({ area: "staff", limit: 20 });
    expect(log.items.map((e) => e.action)).toContain("account.invitation.accept");
  });

  it("a declined or withdrawn invitation makes no member; withdrawing is for admins", async () => {
    const demoAdmin = await callerFor(handle, "admin@demo.test");
    const secondAdmin = await signIn("leitung@zweite.test", SECOND.adminPassword);
    const invite = await secondAdmin.admin.users.create({
      email: "caseworker-b@demo.test",
      displayName: "X",
      role: "caseworker",
    });
    if (invite.outcome !== "invited") throw new Error("expected an invitation");
    const manager = await callerFor(handle, "manager@demo.test");
    expect(await codeOf(manager.admin.invitations.withdraw({ invitationId: invite.invitationId }))).toBe("FORBIDDEN");
    expect(await codeOf(demoAdmin.admin.invitations.withdraw({ invitationId: invite.invitationId }))).toBe("NOT_FOUND");
    await secondAdmin.admin.invitations.withdraw({ invitationId: invite.invitationId });
    const invitee = await callerFor(handle, "caseworker-b@demo.test");
    expect(await invitee.account.invitations.list()).toEqual([]);
    const again = await secondAdmin.admin.users.create({
      email: "caseworker-b@demo.test",
      displayName: "X",
      role: "funder",
    });
    if (again.outcome !== "invited") throw new Error("expected an invitation");
    expect(await invitee.account.invitations.answer({ invitationId: again.invitationId, accept: false })).toEqual({
      answered: true,
    });
    const rows = await handle.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, await userIdOf("caseworker-b@demo.test")));
    expect(rows).toHaveLength(1);
    const [stored] = await handle.db.select().from(staffInvitations).where(eq(staffInvitations.id, again.invitationId));
    expect(stored?.status).toBe("declined");
  });
});

describe("two-step sign-in per role", () => {
  it("admins set the roles; managers read them; others are refused", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const manager = await callerFor(handle, "manager@demo.test");
    expect(await admin.admin.twoStep.setRequiredRoles({ roles: ["manager", "caseworker", "manager"] })).toEqual({
      requiredRoles: ["caseworker", "manager"],
    });
    expect(await manager.admin.twoStep.get()).toEqual({ requiredRoles: ["caseworker", "manager"] });
    expect(await codeOf(manager.admin.twoStep.setRequiredRoles({ roles: [] }))).toBe("FORBIDDEN");
    // Another organisation's policy is untouched.
    const secondAdmin = await signIn("leitung@zweite.test", SECOND.adminPassword);
    expect(await secondAdmin.admin.twoStep.get()).toEqual({ requiredRoles: [] });
    // Her own role only once she uses it herself (else her next sign-in would wait for an approval).
    expect(await messageOf(admin.admin.twoStep.setRequiredRoles({ roles: ["admin"] }))).toBe(
      "admin.twoStep.enrolYourselfFirst",
    );
    expect(await codeOf(admin.admin.twoStep.setRequiredRoles({ roles: ["owner" as never] }))).toBe("BAD_REQUEST");
    expect(await codeOf((await callerFor(handle, "funder@demo.test")).admin.twoStep.get())).toBe("FORBIDDEN");
    await admin.admin.twoStep.setRequiredRoles({ roles: [] });
  });

  it("approving an enrolment: admins only, active members of her own organisation, not herself", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const caseworkerId = await userIdOf("caseworker@demo.test");
    const approved = await admin.admin.twoStep.approveEnrolment({ userId: caseworkerId });
    expect(approved.approvedUntil.getTime() - NOW.getTime()).toBe(24 * 3_600_000);
    expect(await messageOf(admin.admin.twoStep.approveEnrolment({ userId: await userIdOf("admin@demo.test") }))).toBe(
      "admin.notOwnMembership",
    );
    expect(
      await codeOf(admin.admin.twoStep.approveEnrolment({ userId: await userIdOf("caseworker2@demo.test") })),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        (await callerFor(handle, "manager@demo.test")).admin.twoStep.approveEnrolment({ userId: caseworkerId }),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("resetting a lost second factor", () => {
  it("an administrator resets a member's two-step sign-in: she must enrol again, her sessions end, it is audited", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const password = "lost-phone-password-1";
    const created = await admin.admin.users.create({
      email: "lostphone@demo.test",
      displayName: "Lost Phone",
      role: "manager",
      initialPassword: password,
    });
    if (created.outcome !== "created") throw new Error("not created");
    const userId = created.userId;
    // She had enrolled an authenticator (and has recovery codes), then lost her phone.
    await handle.db
      .update(users)
      .set({ totpEnabled: true, totpSecret: "gcm1.lost", totpRecoveryCodes: ["a", "b"], totpLastStep: 42 })
      .where(eq(users.id, userId));
    const before = await signIn("lostphone@demo.test", password);
    for (const email of ["manager@demo.test", "caseworker@demo.test", "funder@demo.test"])
      expect(await codeOf((await callerFor(handle, email)).admin.twoStep.resetSecondFactor({ userId }))).toBe(
        "FORBIDDEN",
      );
    await handle.db
      .update(organisations)
      .set({ totpRequiredRoles: ["manager"] })
      .where(eq(organisations.name, DEMO_ORGANISATION));
    try {
      const reset = await admin.admin.twoStep.resetSecondFactor({ userId });
      expect(reset.endedSessions).toBeGreaterThan(0);
      const [row] = await handle.db
        .select({
          totpEnabled: users.totpEnabled,
          totpSecret: users.totpSecret,
          codes: users.totpRecoveryCodes,
          step: users.totpLastStep,
        })
        .from(users)
        .where(eq(users.id, userId));
      expect(row).toEqual({ totpEnabled: false, totpSecret: null, codes: null, step: null });
      await expect(before.account.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      // Her role requires two-step sign-in: her next sign-in sets up a new authenticator, approved by the reset.
      const login = await (await anonymousCaller(handle)).auth.login({ email: "lostphone@demo.test", password });
      expect(login.secondFactor).toBe("setup");
      const her = createCaller(await createContext(contextOptions(handle, { sessionToken: login.sessionToken })));
      expect(await her.auth.totp.status()).toMatchObject({ totpEnabled: false, isRequired: true, mayEnrol: true });
      const events = await handle.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, userId), eq(auditEvents.action, "admin.twoStep.resetSecondFactor")));
      expect(events).toHaveLength(1);
      // Nothing left to reset.
      expect(await messageOf(admin.admin.twoStep.resetSecondFactor({ userId }))).toBe("admin.twoStep.notEnrolled");
    } finally {
      await handle.db
        .update(organisations)
        .set({ totpRequiredRoles: [] })
        .where(eq(organisations.name, DEMO_ORGANISATION));
    }
  });

  it("never her own second factor, never another organisation's member, never a malformed id", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const adminId = await userIdOf("admin@demo.test");
    await handle.db.update(users).set({ totpEnabled: true, totpSecret: "gcm1.mine" }).where(eq(users.id, adminId));
    try {
      expect(await messageOf(admin.admin.twoStep.resetSecondFactor({ userId: adminId }))).toBe(
        "admin.twoStep.notOwnReset",
      );
      const [still] = await handle.db.select({ on: users.totpEnabled }).from(users).where(eq(users.id, adminId));
      expect(still?.on).toBe(true);
    } finally {
      await handle.db.update(users).set({ totpEnabled: false, totpSecret: null }).where(eq(users.id, adminId));
    }
    const elsewhere = await userIdOf("caseworker2@demo.test");
    await handle.db.update(users).set({ totpEnabled: true }).where(eq(users.id, elsewhere));
    expect(await codeOf(admin.admin.twoStep.resetSecondFactor({ userId: elsewhere }))).toBe("NOT_FOUND");
    const [untouched] = await handle.db.select({ on: users.totpEnabled }).from(users).where(eq(users.id, elsewhere));
    expect(untouched?.on).toBe(true);
    const secondAdmin = await signIn("leitung@zweite.test", SECOND.adminPassword);
    expect(
      await codeOf(secondAdmin.admin.twoStep.resetSecondFactor({ userId: await userIdOf("caseworker@demo.test") })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(admin.admin.twoStep.resetSecondFactor({ userId: "not-a-uuid" }))).toBe("BAD_REQUEST");
  });
});

describe("admin activity log", () => {
  it("lists the administration's changes readably, filters by area and pages; never another organisation's", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const page = await admin.admin.activity.list({ limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const next = await admin.admin.activity.list({ limit: 2, cursor: page.nextCursor ?? undefined });
    expect(next.items[0]?.id).toBeLessThan(page.items[1]?.id ?? 0);
    const staff = await admin.admin.activity.list({ area: "staff", limit: 100 });
    const approval = staff.items.find((e) => e.action === "admin.twoStep.approveEnrolment" && e.outcome === "ok");
    expect(approval, JSON.stringify(staff.items)).toMatchObject({
      actorName: "Demo Admin",
      subjectName: "Demo Caseworker",
      outcome: "ok",
    });
    const organisationArea = await admin.admin.activity.list({ area: "organisation", limit: 100 });
    expect(organisationArea.items.every((e) => !e.action.startsWith("admin.users."))).toBe(true);
    // Refusals are listed too, with their outcome.
    expect(staff.items.some((e) => e.outcome === "denied" && e.actorName === "Demo Manager")).toBe(true);
    // Client work and sign-ins are not administration.
    expect(staff.items.some((e) => e.action.startsWith("auth.") || e.action.startsWith("clients."))).toBe(false);
    // By actor; another organisation sees only its own.
    const byMe = await admin.admin.activity.list({ actorUserId: await userIdOf("admin@demo.test"), limit: 100 });
    expect(byMe.items.every((e) => e.actorName === "Demo Admin")).toBe(true);
    const secondAdmin = await signIn("leitung@zweite.test", SECOND.adminPassword);
    const theirs = await secondAdmin.admin.activity.list({ limit: 100 });
    expect(theirs.items.some((e) => e.action === "admin.twoStep.approveEnrolment")).toBe(false);
    expect(await codeOf(admin.admin.activity.list({ area: "clients" as never }))).toBe("BAD_REQUEST");
    for (const email of ["caseworker@demo.test", "funder@demo.test"])
      expect(await codeOf((await callerFor(handle, email)).admin.activity.list())).toBe("FORBIDDEN");
    expect((await (await callerFor(handle, "manager@demo.test")).admin.activity.list()).items.length).toBeGreaterThan(
      0,
    );
  });
});
