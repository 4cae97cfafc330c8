import { createHash } from "node:crypto";
import { auditEvents, type Database, eq, sessions, signInThrottles } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isEmailLocked } from "../auth/lockout.ts";
import { verifyPassword } from "../auth/password.ts";
import { createContext } from "../context.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "../demo/seed-demo.ts";
import { appRouter, createCaller } from "../root.ts";
import { anonymousCaller, callerFor, contextOptions, createSeededDb, NOW } from "../testing/test-support.ts";

// verifyPassword as it is, counted: an unknown email must cost a password check too.
vi.mock("../auth/password.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../auth/password.ts")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

async function auditActions(db: Database) {
  return (await db.select({ action: auditEvents.action, outcome: auditEvents.outcome }).from(auditEvents)).map(
    (e) => `${e.action}:${e.outcome}`,
  );
}

/** Calls the router over HTTP as a browser or API client would. */
function httpCall(path: string, body: unknown) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    router: appRouter,
    createContext: () => createContext(contextOptions(handle)),
  });
}

describe("auth.login", () => {
  it.each(DEMO_USERS.map((u) => [u.email, u.role] as const))("signs in %s as %s", async (email, role) => {
    const caller = await callerFor(handle, email);
    expect(await caller.auth.me()).toMatchObject({ role });
  });

  it("stores only a hash of the session token", async () => {
    const { sessionToken } = await (await anonymousCaller(handle)).auth.login({
      email: "manager@demo.test",
      password: DEMO_PASSWORD,
    });
    const rows = await handle.db.select().from(sessions);
    expect(rows.some((row) => row.tokenHash === sessionToken)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
  });

  it.each([
    ["a wrong password", "caseworker@demo.test", "wrong-password"],
    ["an unknown email", "nobody@demo.test", DEMO_PASSWORD],
  ])("refuses %s with the same message and records a failed login", async (_case, email, password) => {
    const before = (await auditActions(handle.db)).filter((a) => a === "auth.login:failed").length;
    await expect((await anonymousCaller(handle)).auth.login({ email, password })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "auth.invalidCredentials",
    });
    const after = (await auditActions(handle.db)).filter((a) => a === "auth.login:failed").length;
    expect(after).toBe(before + 1);
  });

  it.each([
    ["empty fields", { email: "", password: "" }, ["email", "password"]],
    ["an overlong email", { email: `${"x".repeat(300)}@demo.test`, password: "x" }, ["email"]],
    ["an overlong password", { email: "caseworker@demo.test", password: "x".repeat(5000) }, ["password"]],
    ["wrong types", { email: 12, password: { a: 1 } }, ["email", "password"]],
    ["no input at all", undefined, ["_form"]],
  ])("answers %s over HTTP with 400 and field messages, no stack", async (_case, input, fields) => {
    const response = await httpCall("auth.login", input);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; data: Record<string, unknown> } };
    expect(body.error.message).toBe("Some fields need attention.");
    expect(Object.keys(body.error.data.fieldErrors as object).sort()).toEqual(fields);
    expect(JSON.stringify(body)).not.toContain("at ");
  });

  it("answers a wrong password over HTTP with 401", async () => {
    const response = await httpCall("auth.login", { email: "caseworker@demo.test", password: "nope" });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { message: string; data: { messageKey: string } } };
    expect(body.error.data.messageKey).toBe("auth.invalidCredentials");
    expect(body.error.message).toBe("The email address or password is not correct.");
  });
});

describe("lockout", () => {
  it("locks an account for 15 minutes after five wrong passwords, even for the right one", async () => {
    const anonymous = await anonymousCaller(handle);
    for (let i = 0; i < 5; i += 1) {
      await expect(anonymous.auth.login({ email: "caseworker-b@demo.test", password: "wrong" })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    await expect(
      anonymous.auth.login({ email: "caseworker-b@demo.test", password: DEMO_PASSWORD }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "auth.locked",
    });
    const later = await anonymousCaller(handle, new Date(NOW.getTime() + 16 * 60_000));
    await expect(later.auth.login({ email: "caseworker-b@demo.test", password: DEMO_PASSWORD })).resolves.toMatchObject(
      { user: { role: "caseworker" } },
    );
  });
});

/** The outcome of a sign-in, as an attacker sees it: status and message, nothing else. */
async function outcomeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return `${code}:${message}`;
  }
}

describe("lockout against parallel attempts (issue 14)", () => {
  it("ten wrong passwords at once lock the account; at most five are checked", async () => {
    const email = "parallel-wrong@demo.test";
    await (await callerFor(handle, "admin@demo.test")).admin.users.create({
      email,
      displayName: "Parallel",
      role: "caseworker",
      initialPassword: "parallel-password-1",
    });
    const anonymous = await anonymousCaller(handle);
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => outcomeOf(anonymous.auth.login({ email, password: "wrong-password" }))),
    );
    expect(outcomes.filter((o) => o === "UNAUTHORIZED:auth.invalidCredentials").length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((o) => o === "TOO_MANY_REQUESTS:auth.locked").length).toBeGreaterThanOrEqual(5);
    expect(await isEmailLocked(handle.db, email, NOW)).toBe(true);
    expect(await outcomeOf(anonymous.auth.login({ email, password: "parallel-password-1" }))).toBe(
      "TOO_MANY_REQUESTS:auth.locked",
    );
  });

  it("nine wrong and one right password in one parallel batch: the right one never signs in after the lock", async () => {
    const email = "parallel-right@demo.test";
    await (await callerFor(handle, "admin@demo.test")).admin.users.create({
      email,
      displayName: "Parallel right",
      role: "caseworker",
      initialPassword: "parallel-password-2",
    });
    const anonymous = await anonymousCaller(handle);
    const wrong = Array.from({ length: 9 }, () => outcomeOf(anonymous.auth.login({ email, password: "wrong" })));
    // The right password joins while the wrong ones are still being checked: wait until five are counted.
    await vi.waitFor(
      async () => {
        const [row] = await handle.db
          .select({ failedCount: signInThrottles.failedCount, lockedUntil: signInThrottles.lockedUntil })
          .from(signInThrottles)
          .where(eq(signInThrottles.key, createHash("sha256").update(email).digest("hex")));
        expect((row?.failedCount ?? 0) >= 5 || row?.lockedUntil != null).toBe(true);
      },
      { timeout: 10_000, interval: 5 },
    );
    const right = outcomeOf(anonymous.auth.login({ email, password: "parallel-password-2" }));
    const outcomes = await Promise.all([...wrong, right]);
    expect(outcomes.at(-1)).toBe("TOO_MANY_REQUESTS:auth.locked");
    expect(outcomes).not.toContain("ok");
    expect(await isEmailLocked(handle.db, email, NOW)).toBe(true);
  });
});

describe("an unknown email answers like an account (issue 14)", () => {
  it("locks after five wrong attempts with the same status and message as a real account", async () => {
    const anonymous = await anonymousCaller(handle);
    const real = "manager@demo.test";
    const unknown = "nobody-here@demo.test";
    const answers: Record<string, string[]> = { [real]: [], [unknown]: [] };
    for (const email of [real, unknown])
      for (let i = 0; i < 7; i += 1)
        answers[email]?.push(await outcomeOf(anonymous.auth.login({ email, password: "not-the-password" })));
    expect(answers[unknown]).toEqual(answers[real]);
    expect(answers[real]).toEqual([
      ...Array(5).fill("UNAUTHORIZED:auth.invalidCredentials"),
      "TOO_MANY_REQUESTS:auth.locked",
      "TOO_MANY_REQUESTS:auth.locked",
    ]);
    // Over HTTP too: the same status, the same body.
    const bodies = await Promise.all(
      [real, unknown].map(async (email) => {
        const response = await httpCall("auth.login", { email, password: "not-the-password" });
        const body = (await response.json()) as { error: { message: string; data: { messageKey: string } } };
        return [response.status, body.error.message, body.error.data.messageKey];
      }),
    );
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[0]?.[0]).toBe(429);
    const later = await anonymousCaller(handle, new Date(NOW.getTime() + 16 * 60_000));
    expect(await outcomeOf(later.auth.login({ email: unknown, password: "x" }))).toBe(
      "UNAUTHORIZED:auth.invalidCredentials",
    );
    expect(await outcomeOf(later.auth.login({ email: real, password: DEMO_PASSWORD }))).toBe("ok");
  });

  it("checks a password hash for an unknown email as for a wrong password (no timing difference to measure)", async () => {
    const anonymous = await anonymousCaller(handle);
    const checks = vi.mocked(verifyPassword);
    for (const email of ["funder@demo.test", "nobody@demo.test"]) {
      checks.mockClear();
      await outcomeOf(anonymous.auth.login({ email, password: "not-the-password" }));
      expect(checks).toHaveBeenCalledTimes(1);
      expect(await checks.mock.results[0]?.value).toBe(false);
    }
  });
});

describe("sessions", () => {
  it("logoutEverywhere ends every session of the user", async () => {
    const anonymous = await anonymousCaller(handle);
    const first = await anonymous.auth.login({ email: "manager@demo.test", password: DEMO_PASSWORD });
    const second = await anonymous.auth.login({ email: "manager@demo.test", password: DEMO_PASSWORD });
    const caller = createCaller(await createContext(contextOptions(handle, { sessionToken: first.sessionToken })));
    const { ended } = await caller.auth.logoutEverywhere();
    expect(ended).toBeGreaterThanOrEqual(2);
    const ctx = await createContext(contextOptions(handle, { sessionToken: second.sessionToken }));
    expect(ctx.session).toBeNull();
  });

  it("logout ends the session", async () => {
    const anonymous = await anonymousCaller(handle);
    const { sessionToken } = await anonymous.auth.login({ email: "caseworker@demo.test", password: DEMO_PASSWORD });
    const caller = createCaller(await createContext(contextOptions(handle, { sessionToken })));
    await caller.auth.logout();
    const after = createCaller(await createContext(contextOptions(handle, { sessionToken })));
    await expect(after.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await auditActions(handle.db)).toContain("auth.logout:ok");
  });

  it("expires after 30 idle minutes", async () => {
    const { sessionToken } = await (await anonymousCaller(handle)).auth.login({
      email: "caseworker@demo.test",
      password: DEMO_PASSWORD,
    });
    const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
    const active = await createContext(contextOptions(handle, { sessionToken, now: at(29) }));
    expect(active.session).not.toBeNull();
    const idle = await createContext(contextOptions(handle, { sessionToken, now: at(29 + 31) }));
    expect(idle.session).toBeNull();
  });

  it("expires after a deployment's shorter idle time, and a request within it keeps the session alive", async () => {
    const { sessionToken } = await (await anonymousCaller(handle)).auth.login({
      email: "caseworker@demo.test",
      password: DEMO_PASSWORD,
    });
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    const sessionIdleMs = 20_000;
    expect(
      (await createContext(contextOptions(handle, { sessionToken, sessionIdleMs, now: at(15) }))).session,
    ).not.toBeNull();
    // Last seen at 15 s (more than the 2 s touch interval after sign-in): alive until 35 s.
    expect(
      (await createContext(contextOptions(handle, { sessionToken, sessionIdleMs, now: at(34) }))).session,
    ).not.toBeNull();
    expect(
      (await createContext(contextOptions(handle, { sessionToken, sessionIdleMs, now: at(34 + 21) }))).session,
    ).toBeNull();
  });

  it("ignores tokens that are malformed or unknown", async () => {
    for (const sessionToken of ["", "short", "x".repeat(43), "<script>", "a".repeat(500)]) {
      const ctx = await createContext(contextOptions(handle, { sessionToken }));
      expect(ctx.session).toBeNull();
    }
  });

  it("me requires a session", async () => {
    await expect((await anonymousCaller(handle)).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("records the login under the user's organisation", async () => {
    const rows = (await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.login"))).filter(
      (row) => row.outcome === "ok",
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.organisationId !== null && row.actorUserId !== null)).toBe(true);
  });
});
