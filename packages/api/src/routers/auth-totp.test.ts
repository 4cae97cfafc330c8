import { eq, memberships, organisations, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isEmailLocked } from "../auth/lockout.ts";
import { currentTotp } from "../auth/totp.ts";
import { createContext } from "../context.ts";
import { DEMO_ORGANISATION, DEMO_PASSWORD } from "../demo/seed-demo.ts";
import { createCaller } from "../root.ts";
import { anonymousCaller, callerFor, contextOptions, createSeededDb, NOW } from "../testing/test-support.ts";
import { messageOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
const STAFF_PASSWORD = "a-staff-password-2026";
const FRESH_ACCOUNTS = ["replay@demo.test", "pending@demo.test"];
beforeAll(async () => {
  handle = await createSeededDb();
  // Accounts made through the API, for the tests that need a fresh count and a fresh secret.
  const admin = await callerFor(handle, "admin@demo.test");
  for (const email of FRESH_ACCOUNTS)
    await admin.admin.users.create({ email, displayName: email, role: "caseworker", initialPassword: STAFF_PASSWORD });
});
afterAll(() => handle.close());

async function userIdOf(email: string): Promise<string> {
  const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id ?? "";
}

/** A later moment: each 30-second step has its own code, and a code is accepted only once. */
function later(seconds: number): Date {
  return new Date(NOW.getTime() + seconds * 1000);
}

async function callerAt(sessionToken: string, now: Date) {
  return createCaller(await createContext(contextOptions(handle, { sessionToken, now })));
}

async function login(email: string, now = NOW) {
  const password = FRESH_ACCOUNTS.includes(email) ? STAFF_PASSWORD : DEMO_PASSWORD;
  const result = await (await anonymousCaller(handle, now)).auth.login({ email, password });
  const caller = createCaller(await createContext(contextOptions(handle, { sessionToken: result.sessionToken, now })));
  return { result, caller };
}

describe("two-step sign-in (TOTP)", () => {
  it("a user turns TOTP on, then needs her code at the next sign-in", async () => {
    const setup = await callerFor(handle, "caseworker@demo.test");
    const { secret, uri } = await setup.auth.totp.begin();
    expect(uri).toContain("otpauth://totp/");
    expect((await setup.auth.totp.begin()).secret).toBe(secret);
    expect(await setup.auth.totp.status()).toMatchObject({ isVerified: true, totpEnabled: false, mayEnrol: true });
    await expect(setup.auth.totp.enable({ code: "000000" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "auth.totpInvalid",
    });
    await setup.auth.totp.enable({ code: currentTotp(secret, NOW) });
    const [row] = await handle.db
      .select({ totpSecret: users.totpSecret })
      .from(users)
      .where(eq(users.email, "caseworker@demo.test"));
    expect(row?.totpSecret?.startsWith("gcm1.")).toBe(true);

    const { result, caller } = await login("caseworker@demo.test");
    expect(result.secondFactor).toBe("verify");
    await expect(caller.clients.list()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "auth.secondFactorRequired",
    });
    await expect(caller.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await caller.auth.totp.verify({ code: "123456" })).toEqual({
      verified: false,
      messageKey: "auth.totpInvalid",
    });
    // The code that turned TOTP on is spent (replay); the next step's code signs in.
    expect(await caller.auth.totp.verify({ code: currentTotp(secret, NOW) })).toEqual({
      verified: false,
      messageKey: "auth.totpInvalid",
    });
    expect(
      await (await callerAt(result.sessionToken, later(30))).auth.totp.verify({ code: currentTotp(secret, later(30)) }),
    ).toEqual({ verified: true, messageKey: null });
    const verified = createCaller(await createContext(contextOptions(handle, { sessionToken: result.sessionToken })));
    expect((await verified.clients.list()).items.length).toBeGreaterThan(0);
  });

  it("an organisation can require it per role; she enrols while signing in, with an administrator's approval", async () => {
    await handle.db
      .update(organisations)
      .set({ totpRequiredRoles: ["manager"] })
      .where(eq(organisations.name, DEMO_ORGANISATION));
    try {
      const { result, caller } = await login("manager@demo.test");
      expect(result.secondFactor).toBe("setup");
      expect(await caller.auth.totp.status()).toEqual({
        isVerified: false,
        totpEnabled: false,
        isRequired: true,
        mayEnrol: false,
      });
      await expect(caller.clients.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      // The attack (issue 17): her password alone, held by anyone, enrols no authenticator.
      expect(await messageOf(caller.auth.totp.begin())).toBe("auth.enrolmentNeedsApproval");
      expect(await messageOf(caller.auth.totp.enable({ code: "123456" }))).toBe("auth.enrolmentNeedsApproval");
      const managerId = await userIdOf("manager@demo.test");
      await (await callerFor(handle, "admin@demo.test")).admin.twoStep.approveEnrolment({ userId: managerId });
      expect((await caller.auth.totp.status()).mayEnrol).toBe(true);
      const { secret } = await caller.auth.totp.begin();
      // Her first recovery codes come with the enrolment (her pending session could not ask for them).
      expect((await caller.auth.totp.enable({ code: currentTotp(secret, NOW) })).codes).toHaveLength(10);
      const after = createCaller(await createContext(contextOptions(handle, { sessionToken: result.sessionToken })));
      expect((await after.clients.list()).items.length).toBeGreaterThan(0);
      await expect(after.auth.totp.disable({ code: currentTotp(secret, NOW) })).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
      });
      // The approval is spent with the enrolment.
      const [membership] = await handle.db
        .select({ approvedUntil: memberships.totpEnrolmentApprovedUntil })
        .from(memberships)
        .where(eq(memberships.userId, managerId));
      expect(membership?.approvedUntil).toBeNull();
      expect((await login("caseworker-b@demo.test")).result.secondFactor).toBe("none");
    } finally {
      await handle.db
        .update(organisations)
        .set({ totpRequiredRoles: [] })
        .where(eq(organisations.name, DEMO_ORGANISATION));
    }
  });

  it("wrong codes count towards the lockout; a locked account refuses even the right code", async () => {
    const setup = await callerFor(handle, "admin@demo.test");
    const { secret } = await setup.auth.totp.begin();
    await setup.auth.totp.enable({ code: currentTotp(secret, NOW) });
    const first = await login("admin@demo.test"); // attempt 1 (a right password, not yet complete)
    for (let i = 0; i < 2; i += 1)
      expect((await first.caller.auth.totp.verify({ code: "000000" })).verified).toBe(false);
    const second = await login("admin@demo.test"); // attempt 4: signing in again buys no guesses
    expect(await second.caller.auth.totp.verify({ code: "000000" })).toEqual({
      verified: false,
      messageKey: "auth.locked",
    });
    expect(await isEmailLocked(handle.db, "admin@demo.test", NOW)).toBe(true);
    await expect(
      (await anonymousCaller(handle)).auth.login({ email: "admin@demo.test", password: DEMO_PASSWORD }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: "auth.locked" });
    // The pending sessions of a locked account give no code a chance, the right one included.
    expect(
      await (await callerAt(first.result.sessionToken, later(30))).auth.totp.verify({
        code: currentTotp(secret, later(30)),
      }),
    ).toEqual({ verified: false, messageKey: "auth.locked" });
    // A wrong code during the lock neither lifts nor extends it: after 15 minutes it is over.
    const afterLock = await login("admin@demo.test", later(15 * 60 + 1));
    expect(
      await (await callerAt(afterLock.result.sessionToken, later(15 * 60 + 1))).auth.totp.verify({
        code: currentTotp(secret, later(15 * 60 + 1)),
      }),
    ).toEqual({ verified: true, messageKey: null });
  });

  it("a parallel batch of wrong codes checks at most five before the lock", async () => {
    const setup = await callerFor(handle, "caseworker-b@demo.test");
    const { secret } = await setup.auth.totp.begin();
    await setup.auth.totp.enable({ code: currentTotp(secret, NOW) });
    const sessions = [await login("caseworker-b@demo.test"), await login("caseworker-b@demo.test")];
    const at = later(30);
    const callers = await Promise.all(sessions.map((s) => callerAt(s.result.sessionToken, at)));
    const answers = await Promise.allSettled([
      ...Array.from({ length: 18 }, (_, i) => callers[i % 2]?.auth.totp.verify({ code: String(100000 + i) })),
      callers[0]?.auth.totp.verify({ code: currentTotp(secret, at) }),
    ]);
    const verified = answers.filter((a) => a.status === "fulfilled" && a.value?.verified);
    const checked = answers.filter((a) => a.status === "fulfilled" && a.value?.messageKey === "auth.totpInvalid");
    expect(verified).toHaveLength(0);
    expect(checked.length).toBeLessThanOrEqual(3); // two of the five attempts were the sign-ins
    expect(await isEmailLocked(handle.db, "caseworker-b@demo.test", at)).toBe(true);
  });

  it("a code is never accepted twice, not even in another session", async () => {
    const { caller: setup } = await login("replay@demo.test", later(60));
    const { secret } = await setup.auth.totp.begin();
    await setup.auth.totp.enable({ code: currentTotp(secret, later(60)) });
    const a = await login("replay@demo.test", later(60));
    const b = await login("replay@demo.test", later(60));
    const code = currentTotp(secret, later(90));
    expect((await (await callerAt(a.result.sessionToken, later(90))).auth.totp.verify({ code })).verified).toBe(true);
    expect(await (await callerAt(b.result.sessionToken, later(90))).auth.totp.verify({ code })).toEqual({
      verified: false,
      messageKey: "auth.totpInvalid",
    });
    // An older code, still inside the drift window, is refused too.
    const older = currentTotp(secret, later(60));
    expect((await (await callerAt(b.result.sessionToken, later(90))).auth.totp.verify({ code: older })).verified).toBe(
      false,
    );
  });

  it("the pending second-factor session ends after three wrong codes and after five minutes", async () => {
    const email = "pending@demo.test";
    const { caller: setup } = await login(email);
    const { secret } = await setup.auth.totp.begin();
    await setup.auth.totp.enable({ code: currentTotp(secret, NOW) });
    const guessing = await login(email, later(60));
    const at = await callerAt(guessing.result.sessionToken, later(60));
    expect((await at.auth.totp.verify({ code: "000001" })).messageKey).toBe("auth.totpInvalid");
    expect((await at.auth.totp.verify({ code: "000002" })).messageKey).toBe("auth.totpInvalid");
    expect((await at.auth.totp.verify({ code: "000003" })).messageKey).toBe("auth.secondFactorExpired");
    const right = currentTotp(secret, later(90));
    await expect(
      (await callerAt(guessing.result.sessionToken, later(90))).auth.totp.verify({ code: right }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const slow = await login(email, later(120));
    const tooLate = later(120 + 5 * 60 + 1);
    await expect(
      (await callerAt(slow.result.sessionToken, tooLate)).auth.totp.verify({ code: currentTotp(secret, tooLate) }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("turns TOTP off with a current code when not required", async () => {
    const caller = await callerFor(handle, "funder@demo.test");
    const { secret } = await caller.auth.totp.begin();
    await caller.auth.totp.enable({ code: currentTotp(secret, NOW) });
    const { result, caller: pending } = await login("funder@demo.test");
    await expect(pending.auth.totp.disable({ code: currentTotp(secret, later(30)) })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await (await callerAt(result.sessionToken, later(30))).auth.totp.verify({ code: currentTotp(secret, later(30)) });
    const verified = await callerAt(result.sessionToken, later(60));
    await expect(verified.auth.totp.disable({ code: currentTotp(secret, later(30)) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(verified.auth.totp.disable({ code: currentTotp(secret, later(60)) })).resolves.toEqual({
      enabled: false,
    });
    expect((await login("funder@demo.test")).result.secondFactor).toBe("none");
  });
});
