import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestLimits } from "../auth/request-limits.ts";
import { createContext } from "../context.ts";
import { DEMO_PASSWORD } from "../demo/seed-demo.ts";
import { createCaller } from "../root.ts";
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
