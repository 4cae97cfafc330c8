// Fuzzing every procedure with invalid input, over HTTP as an attacker would send it: no
// answer may be a 5xx or carry a stack trace or file path, whatever the input.
import type { Role } from "@gesim/core";
import type { TestDb } from "@gesim/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLES } from "./authorization-matrix.samples.ts";
import { createContext } from "./context.ts";
import { DEMO_PASSWORD } from "./demo/seed-demo.ts";
import { appRouter } from "./root.ts";
import { loadMatrixFixture, type MatrixFixture } from "./testing/matrix-ids.ts";
import { anonymousCaller, contextOptions, createSeededDb, NOW } from "./testing/test-support.ts";
import type { Meta } from "./trpc.ts";

type ProcedureDef = { _def: { type: "query" | "mutation" | "subscription"; meta?: Meta } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>)
  .filter(([path, procedure]) => procedure._def.type !== "subscription" && !path.startsWith("auth.logout"))
  .map(([path, procedure]) => {
    const access = procedure._def.meta?.access;
    // Each procedure is called by a role it allows, so the input reaches its schema and its body.
    const roles = access && "roles" in access ? access.roles : [];
    const role: Role = roles.includes("manager") ? "manager" : (roles[0] ?? "manager");
    return { path, type: procedure._def.type, role };
  });

const EMAILS: Record<Role, string> = {
  manager: "manager@demo.test",
  caseworker: "caseworker@demo.test",
  admin: "admin@demo.test",
  funder: "funder@demo.test",
};

let handle: TestDb;
let fixture: MatrixFixture;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  handle = await createSeededDb();
  fixture = await loadMatrixFixture(handle.db);
  for (const role of new Set(procedures.map((p) => p.role))) {
    const { sessionToken } = await (await anonymousCaller(handle)).auth.login({
      email: EMAILS[role],
      password: DEMO_PASSWORD,
    });
    tokens.set(role, sessionToken);
  }
});
afterAll(() => handle.close());

async function call(path: string, type: string, input: unknown, role: Role = "manager"): Promise<Response> {
  const sessionToken = tokens.get(role) ?? "";
  const encoded = input === undefined ? "" : JSON.stringify(input);
  const url = `http://localhost/api/trpc/${path}${type === "query" && encoded ? `?input=${encodeURIComponent(encoded)}` : ""}`;
  const request = new Request(url, {
    method: type === "query" ? "GET" : "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${sessionToken}` },
    ...(type === "query" ? {} : { body: encoded }),
  });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContext(contextOptions(handle, { sessionToken, now: NOW })),
  });
}

const NIL_UUID = "00000000-0000-4000-8000-000000000000";
const forgedCursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString("base64url");

/** Values a database refuses (issue 14): beyond int4, the year 0000, NUL, lone surrogates, 1 MB of text. */
const hostileValue = fc.oneof(
  fc.constantFrom(2 ** 31, 2 ** 31 + 1, -(2 ** 31) - 1, 2 ** 53 - 1, -(2 ** 53) + 1, 1e308, 5e-324, 1e-320),
  fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom("0000-01-01", "0000-Q1", "0000-01", "0000", "0000-01-01T00:00:00.000Z", "9999-12-31", "2026-02-30"),
  fc.string({ maxLength: 10 }).map((text) => `${text}\u0000${text}`),
  fc.constantFrom("\u0000", "\uD800", "a\uDC00b", "\uDBFF", `Umbel-1\u0000`),
  fc.constant("x".repeat(1_048_576)),
  fc.constantFrom(
    forgedCursor({ k: "\u0000", i: NIL_UUID }),
    forgedCursor({ k: "0000-01-01", i: NIL_UUID }),
    forgedCursor(["0000-01-01T00:00:00.000Z", NIL_UUID]),
    forgedCursor(["0000-01-01", NIL_UUID]),
    forgedCursor([2 ** 40]),
    forgedCursor({ reviewedOn: "0000-01-01", id: NIL_UUID }),
    "%%%not-base64%%%",
  ),
);

/** Wrong types and odd strings. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.string({ minLength: 5_000, maxLength: 6_000 }),
  fc.constant("00000000-0000-0000-0000-000000000000"),
  fc.constant("../../etc/passwd"),
  fc.constant("' or 1=1 --"),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  hostileValue,
);

/**
 * The valid input with some fields, at any depth, swapped for wrong or hostile values: the
 * rest stays valid, so the broken field reaches as far as the schema lets it.
 */
function shapedLike(valid: unknown, depth = 0): fc.Arbitrary<unknown> {
  const broken = fc.oneof(wrongValue, hostileValue);
  if (depth > 4) return fc.oneof(fc.constant(valid), broken);
  if (Array.isArray(valid))
    return fc.oneof(
      { weight: 3, arbitrary: fc.tuple(...valid.map((item) => shapedLike(item, depth + 1))) },
      { weight: 1, arbitrary: broken },
    );
  if (valid && typeof valid === "object")
    return fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record(
          Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, shapedLike(value, depth + 1)])),
        ),
      },
      { weight: 1, arbitrary: broken },
    );
  return fc.oneof({ weight: 2, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: broken });
}

/** Inputs shaped like the valid one with fields swapped for wrong or hostile values, plus arbitrary values. */
function invalidInputs(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: shapedLike(valid) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 1, arbitrary: wrongValue },
  );
}

describe("no input makes a procedure fail with a server error", () => {
  it.each(procedures.map((p) => [p.path, p.type, p.role] as const))("%s", async (path, type, role) => {
    const valid = SAMPLES[path]?.(fixture.own);
    await fc.assert(
      fc.asyncProperty(invalidInputs(valid), async (input) => {
        const response = await call(path, type, input, role);
        const body = await response.text();
        expect(response.status, `${path} answered ${response.status}: ${body.slice(0, 300)}`).toBeLessThan(500);
        expect(body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
      }),
      { numRuns: 30 },
    );
  });
});
