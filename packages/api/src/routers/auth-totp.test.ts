import { eq, organisations, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentTotp } from "../auth/totp.ts";
import { createContext } from "../context.ts";
import { DEMO_ORGANISATION, DEMO_PASSWORD } from "../demo/seed-demo.ts";
import { createCaller } from "../root.ts";
import { anonymousCaller, callerFor, contextOptions, createSeededDb, NOW } from "../testing/test-support.ts";

let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

async function login(email: string, now = NOW) {
  const result = await (await anonymousCaller(handle, now)).auth.login({ email, password: DEMO_PASSWORD });
  const caller = createCaller(await createContext(contextOptions(handle, { sessionToken: result.sessionToken, now })));
  return { result, caller };
}

describe("two-step sign-in (TOTP)", () => {
  it("a user turns TOTP on, then needs her code at the next sign-in", async () => {
    const setup = await callerFor(handle, "caseworker@demo.test");
    const { secret, uri } = await setup.auth.totp.begin();
    expect(uri).toContain("otpauth://totp/");
    expect((await setup.auth.totp.begin()).secret).toBe(secret);
    expect(await setup.auth.totp.status()).toEqual({ isVerified: true, totpEnabled: false });
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
    await caller.auth.totp.verify({ code: currentTotp(secret, NOW) });
    const verified = createCaller(await createContext(contextOptions(handle, { sessionToken: result.sessionToken })));
    expect((await verified.clients.list()).items.length).toBeGreaterThan(0);
  });

  it("an organisation can require it of managers and admins, who set it up while signing in", async () => {
    await handle.db
      .update(organisations)
      .set({ requireTotpForStaff: true })
      .where(eq(organisations.name, DEMO_ORGANISATION));
    try {
      const { result, caller } = await login("manager@demo.test");
      expect(result.secondFactor).toBe("setup");
      expect(await caller.auth.totp.status()).toEqual({ isVerified: false, totpEnabled: false });
      await expect(caller.clients.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      const { secret } = await caller.auth.totp.begin();
      await caller.auth.totp.enable({ code: currentTotp(secret, NOW) });
      const after = createCaller(await createContext(contextOptions(handle, { sessionToken: result.sessionToken })));
      expect((await after.clients.list()).items.length).toBeGreaterThan(0);
      await expect(after.auth.totp.disable({ code: currentTotp(secret, NOW) })).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
      });
      expect((await login("caseworker-b@demo.test")).result.secondFactor).toBe("none");
    } finally {
      await handle.db
        .update(organisations)
        .set({ requireTotpForStaff: false })
        .where(eq(organisations.name, DEMO_ORGANISATION));
    }
  });

  it("wrong codes count towards the lockout", async () => {
    const setup = await callerFor(handle, "admin@demo.test");
    const { secret } = await setup.auth.totp.begin();
    await setup.auth.totp.enable({ code: currentTotp(secret, NOW) });
    const { caller } = await login("admin@demo.test");
    for (let i = 0; i < 5; i += 1) expect((await caller.auth.totp.verify({ code: "000000" })).verified).toBe(false);
    await expect(
      (await anonymousCaller(handle)).auth.login({ email: "admin@demo.test", password: DEMO_PASSWORD }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("turns TOTP off with a current code when not required", async () => {
    const caller = await callerFor(handle, "funder@demo.test");
    const { secret } = await caller.auth.totp.begin();
    await caller.auth.totp.enable({ code: currentTotp(secret, NOW) });
    const { result, caller: pending } = await login("funder@demo.test");
    await expect(pending.auth.totp.disable({ code: currentTotp(secret, NOW) })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await pending.auth.totp.verify({ code: currentTotp(secret, NOW) });
    const verified = createCaller(await createContext(contextOptions(handle, { sessionToken: result.sessionToken })));
    await expect(verified.auth.totp.disable({ code: currentTotp(secret, NOW) })).resolves.toEqual({ enabled: false });
    expect((await login("funder@demo.test")).result.secondFactor).toBe("none");
  });
});
