import { and, auditEvents, eq, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentTotp } from "../auth/totp.ts";
import { createContext } from "../context.ts";
import { countOrganisations, createOrganisationWithAdmin } from "../operations/create-organisation.ts";
import { createCaller } from "../root.ts";
import { contextOptions, createMigratedDb, NOW } from "../testing/test-support.ts";
import { codeOf, messageOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
beforeAll(async () => {
  handle = await createMigratedDb();
});
afterAll(() => handle.close());

const FIRST = {
  organisationName: "Frauen helfen e.V.",
  adminEmail: "Leitung@frauen.test",
  adminName: "Anna Leitung",
  adminPassword: "a-long-admin-password",
};

/** A caller as a new request with this token (a context resolves its session once). */
async function callerWith(sessionToken: string) {
  return createCaller(await createContext(contextOptions(handle, { sessionToken })));
}

async function signIn(email: string, password: string) {
  const anonymous = createCaller(await createContext(contextOptions(handle)));
  const login = await anonymous.auth.login({ email, password });
  return {
    caller: createCaller(await createContext(contextOptions(handle, { sessionToken: login.sessionToken }))),
    login,
  };
}

describe("set-up: createOrganisationWithAdmin", () => {
  it("creates an organisation and its administrator on an empty database, then refuses the same name", async () => {
    expect(await countOrganisations(handle.db)).toBe(0);
    const created = await createOrganisationWithAdmin(handle.db, FIRST, NOW);
    expect(created.ok).toBe(true);
    expect(await countOrganisations(handle.db)).toBe(1);
    const { caller } = await signIn("leitung@frauen.test", FIRST.adminPassword);
    expect(await caller.auth.me()).toEqual({
      displayName: "Anna Leitung",
      role: "admin",
      organisationName: "Frauen helfen e.V.",
    });
    expect(
      await createOrganisationWithAdmin(handle.db, { ...FIRST, organisationName: " frauen HELFEN e.v. " }, NOW),
    ).toEqual({ ok: false, messageKey: "setup.organisationExists" });
    expect(await createOrganisationWithAdmin(handle.db, { ...FIRST, organisationName: "Zweite NGO" }, NOW)).toEqual({
      ok: false,
      messageKey: "setup.emailTaken",
    });
    const bad = await createOrganisationWithAdmin(handle.db, { ...FIRST, adminPassword: "short" }, NOW);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { adminPassword: "account.passwordTooShort" } });
    const second = await createOrganisationWithAdmin(
      handle.db,
      { ...FIRST, organisationName: "Zweite NGO", adminEmail: "admin@zweite.test" },
      NOW,
    );
    expect(second.ok).toBe(true);
    expect(await countOrganisations(handle.db)).toBe(2);
    const events = await handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "setup.organisation.create"));
    expect(events).toHaveLength(2);
  });
});

describe("one-time passwords and account", () => {
  it("a one-time password must be replaced before anything else; the current password is required", async () => {
    const { caller: admin } = await signIn("leitung@frauen.test", FIRST.adminPassword);
    const created = await admin.admin.users.create({
      email: "cw@frauen.test",
      displayName: "Case Worker",
      role: "caseworker",
      initialPassword: "one-time-password-1",
    });
    if (created.outcome !== "created") throw new Error("expected a new account");
    const { userId } = created;
    const { caller: cw, login: cwLogin } = await signIn("cw@frauen.test", "one-time-password-1");
    expect((await cw.account.get()).mustChangePassword).toBe(true);
    expect(await messageOf(cw.clients.list())).toBe("account.mustChangePassword");
    expect(await codeOf(cw.providers.list())).toBe("FORBIDDEN");
    const wrong = await cw.account.changePassword({
      currentPassword: "not-it-at-all",
      newPassword: "her-own-password-2026",
      confirmPassword: "her-own-password-2026",
    });
    expect(wrong).toEqual({ changed: false, messageKey: "account.currentPasswordWrong" });
    expect(
      await codeOf(
        cw.account.changePassword({
          currentPassword: "one-time-password-1",
          newPassword: "her-own-password-2026",
          confirmPassword: "her-own-password-2027",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await cw.account.changePassword({
        currentPassword: "one-time-password-1",
        newPassword: "her-own-password-2026",
        confirmPassword: "her-own-password-2026",
      }),
    ).toEqual({ changed: true, messageKey: null });
    expect((await (await callerWith(cwLogin.sessionToken)).providers.list()).items).toEqual([]);
    await expect(signIn("cw@frauen.test", "one-time-password-1")).rejects.toThrow();
    // The administrator resets it: a new one-time password, her sessions end.
    const { login: againLogin } = await signIn("cw@frauen.test", "her-own-password-2026");
    expect(
      (await admin.admin.users.resetPassword({ userId, oneTimePassword: "second-one-time-pw" })).endedSessions,
    ).toBe(2);
    expect(await codeOf((await callerWith(againLogin.sessionToken)).account.get())).toBe("UNAUTHORIZED");
    const { caller: reset } = await signIn("cw@frauen.test", "second-one-time-pw");
    expect((await reset.account.get()).mustChangePassword).toBe(true);
    // Not her own, not another organisation's member, not by a caseworker.
    const me = (await handle.db.select().from(users).where(eq(users.email, "leitung@frauen.test")))[0]?.id ?? "";
    expect(await messageOf(admin.admin.users.resetPassword({ userId: me, oneTimePassword: "x".repeat(12) }))).toBe(
      "admin.notOwnMembership",
    );
    const other = (await handle.db.select().from(users).where(eq(users.email, "admin@zweite.test")))[0]?.id ?? "";
    expect(await codeOf(admin.admin.users.resetPassword({ userId: other, oneTimePassword: "x".repeat(12) }))).toBe(
      "NOT_FOUND",
    );
    const audited = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "admin.users.resetPassword"), eq(auditEvents.entityId, userId)));
    expect(audited).toHaveLength(1);
  });

  it("lists and ends her own sessions; enrols two-step sign-in with recovery codes that work once", async () => {
    const { login: firstLogin } = await signIn("admin@zweite.test", FIRST.adminPassword);
    const { caller: second } = await signIn("admin@zweite.test", FIRST.adminPassword);
    const listed = await second.account.sessions();
    expect(listed).toHaveLength(2);
    const other = listed.find((s) => !s.isCurrent);
    expect(Object.keys(other ?? {}).sort()).toEqual(["createdAt", "expiresAt", "isCurrent", "lastSeenAt", "sessionId"]);
    await second.account.endSession({ sessionId: other?.sessionId ?? "" });
    expect(await codeOf((await callerWith(firstLogin.sessionToken)).account.get())).toBe("UNAUTHORIZED");
    expect(await second.account.endSession({ sessionId: "0000000000000000" })).toEqual({ ended: 0 });
    expect(await codeOf(second.account.createRecoveryCodes())).toBe("PRECONDITION_FAILED");
    const { secret } = await second.auth.totp.begin();
    await second.auth.totp.enable({ code: currentTotp(secret, NOW) });
    const { codes } = await second.account.createRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const stored = (await handle.db.select().from(users).where(eq(users.email, "admin@zweite.test")))[0];
    expect(stored?.totpRecoveryCodes?.some((hash) => codes.includes(hash))).toBe(false);
    const { caller: pending, login } = await signIn("admin@zweite.test", FIRST.adminPassword);
    expect(login.secondFactor).toBe("verify");
    expect(await pending.account.useRecoveryCode({ code: "zzzzz-zzzzz" })).toMatchObject({ verified: false });
    expect(await pending.account.useRecoveryCode({ code: (codes[0] ?? "").toUpperCase() })).toMatchObject({
      verified: true,
      codesLeft: 9,
    });
    expect((await (await callerWith(login.sessionToken)).account.get()).recoveryCodesLeft).toBe(9);
    const { caller: later } = await signIn("admin@zweite.test", FIRST.adminPassword);
    expect(await later.account.useRecoveryCode({ code: codes[0] ?? "" })).toMatchObject({ verified: false });
  });
});

describe("her language and the daily digest", () => {
  it("remembers the language she chose and turns the digest off and on, for herself only, audited", async () => {
    const created = await createOrganisationWithAdmin(
      handle.db,
      { ...FIRST, organisationName: "Digest e.V.", adminEmail: "digest@digest.test" },
      NOW,
    );
    if (!created.ok) throw new Error("organisation not created");
    const { caller } = await signIn("digest@digest.test", FIRST.adminPassword);
    expect((await caller.account.get()).digestEmails).toBe(true);
    expect(await caller.account.setLanguage({ locale: "it" })).toEqual({ locale: "it" });
    expect(await caller.account.setDigestEmails({ enabled: false })).toEqual({ enabled: false });
    expect((await caller.account.get()).digestEmails).toBe(false);
    const [stored] = await handle.db
      .select({ language: users.language, digestEmails: users.digestEmails })
      .from(users)
      .where(eq(users.email, "digest@digest.test"));
    expect(stored).toEqual({ language: "it", digestEmails: false });
    const audited = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "account.setDigestEmails"), eq(auditEvents.organisationId, created.organisationId)),
      );
    expect(audited).toHaveLength(1);
    // A language the planner does not speak, or anything else, is refused with nothing changed.
    expect(await codeOf(caller.account.setLanguage({ locale: "xx" } as never))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.account.setDigestEmails({ enabled: "no" } as never))).toBe("BAD_REQUEST");
    expect(
      await codeOf(createCaller(await createContext(contextOptions(handle))).account.setLanguage({ locale: "de" })),
    ).toBe("UNAUTHORIZED");
  });
});

describe("recovery codes under a race", () => {
  it("one code used by two pending sign-ins at once lets in only one of them (attack review)", async () => {
    const created = await createOrganisationWithAdmin(
      handle.db,
      { ...FIRST, organisationName: "Race e.V.", adminEmail: "race@race.test" },
      NOW,
    );
    if (!created.ok) throw new Error("organisation not created");
    const { caller } = await signIn("race@race.test", FIRST.adminPassword);
    const { secret } = await caller.auth.totp.begin();
    await caller.auth.totp.enable({ code: currentTotp(secret, NOW) });
    const { codes } = await caller.account.createRecoveryCodes();
    const code = codes[0] ?? "";
    const { caller: one } = await signIn("race@race.test", FIRST.adminPassword);
    const { caller: two } = await signIn("race@race.test", FIRST.adminPassword);
    const answers = await Promise.all([one.account.useRecoveryCode({ code }), two.account.useRecoveryCode({ code })]);
    expect(answers.filter((answer) => answer.verified)).toHaveLength(1);
    expect((await caller.account.get()).recoveryCodesLeft).toBe(9);
  });
});
