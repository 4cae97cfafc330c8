import type { TestDb } from "@gesim/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBatchAllowed, createRequestLimits, MAX_BATCH_CALLS } from "../auth/request-limits.ts";
import { createContext } from "../context.ts";
import { DEMO_PASSWORD } from "../demo/seed-demo.ts";
import { appRouter, createCaller } from "../root.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { contextOptions, createSeededDb } from "../testing/test-support.ts";
import { codeOf, messageOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

async function callers(limits: ReturnType<typeof createRequestLimits>, email: string) {
  const anonymous = createCaller(await createContext(contextOptions(handle, { limits })));
  const { sessionToken } = await anonymous.auth.login({ email, password: DEMO_PASSWORD });
  return { anonymous, signedIn: createCaller(await createContext(contextOptions(handle, { limits, sessionToken }))) };
}

describe("per-account limits", () => {
  it("limits sign-in attempts per account, also with the right password, and not other accounts", async () => {
    const limits = createRequestLimits({ login: 2, expensive: 100 });
    const { anonymous } = await callers(limits, "caseworker@demo.test"); // attempt 1
    expect(await codeOf(anonymous.auth.login({ email: "CASEWORKER@demo.test", password: "wrong-password" }))).toBe(
      "UNAUTHORIZED",
    );
    const refused = anonymous.auth.login({ email: "caseworker@demo.test", password: DEMO_PASSWORD });
    expect(await codeOf(refused)).toBe("TOO_MANY_REQUESTS");
    expect(await messageOf(anonymous.auth.login({ email: "caseworker@demo.test", password: DEMO_PASSWORD }))).toBe(
      "error.tooManyRequests",
    );
    expect(await codeOf(anonymous.auth.login({ email: "manager@demo.test", password: DEMO_PASSWORD }))).toBe("ok");
  });

  it("limits exports and indicators per account; ordinary reads stay free", async () => {
    const limits = createRequestLimits({ login: 100, expensive: 2 });
    const { signedIn: manager } = await callers(limits, "manager@demo.test");
    const { clientId } = ids.own;
    expect(await codeOf(manager.clients.subjectAccessExport({ clientId, locale: "en" }))).toBe("ok");
    expect(await codeOf(manager.clients.subjectAccessExport({ clientId, locale: "en" }))).toBe("ok");
    expect(await messageOf(manager.clients.subjectAccessExport({ clientId, locale: "en" }))).toBe(
      "error.tooManyRequests",
    );
    expect(await codeOf(manager.clients.get({ clientId }))).toBe("ok");
  });
});

describe("batches (issue 14)", () => {
  /** The HTTP handler as the web app mounts it: the batch cap and the sign-in refusal. */
  function post(path: string, body: unknown) {
    return fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      router: appRouter,
      maxBatchSize: MAX_BATCH_CALLS,
      createContext: async ({ info }) => {
        assertBatchAllowed(info);
        return createContext(contextOptions(handle));
      },
    });
  }

  it("refuses sign-ins inside a batch, however the path is spelled, and checks no password", async () => {
    const guesses = Object.fromEntries(
      Array.from({ length: 2 }, (_, i) => [i, { email: "caseworker-b@demo.test", password: `guess-${i}` }]),
    );
    for (const path of ["auth.login,auth.login?batch=1", "auth%2Elogin,auth%2Elogin?batch=1"]) {
      const response = await post(path, guesses);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain("error.batchRefused");
    }
    const code = await post("auth.totp.verify,auth.me?batch=1", { 0: { code: "123456" } });
    expect(code.status).toBe(400);
    // Nothing was counted: no password or code was checked.
    const anonymous = createCaller(await createContext(contextOptions(handle)));
    for (let i = 0; i < 4; i += 1)
      expect(await codeOf(anonymous.auth.login({ email: "caseworker-b@demo.test", password: "wrong" }))).toBe(
        "UNAUTHORIZED",
      );
    expect(await codeOf(anonymous.auth.login({ email: "caseworker-b@demo.test", password: DEMO_PASSWORD }))).toBe("ok");
  });

  it("refuses a batch above the cap; a single sign-in still works", async () => {
    const many = Array(MAX_BATCH_CALLS + 1)
      .fill("auth.me")
      .join(",");
    expect((await post(`${many}?batch=1`, {})).status).toBe(400);
    const single = await post("auth.login", { email: "manager@demo.test", password: DEMO_PASSWORD });
    expect(single.status).toBe(200);
  });
});
