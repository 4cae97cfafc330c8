// Fuzzing every procedure with invalid input, over HTTP as an attacker would send it: no
// answer may be a 5xx or carry a stack trace or file path, whatever the input.
import type { TestDb } from "@gesim/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLES } from "./authorization-matrix.samples.ts";
import { createContext } from "./context.ts";
import { DEMO_PASSWORD } from "./demo/seed-demo.ts";
import { appRouter } from "./root.ts";
import { loadMatrixFixture, type MatrixFixture } from "./testing/matrix-ids.ts";
import { anonymousCaller, contextOptions, createSeededDb } from "./testing/test-support.ts";

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>,
)
  .filter(([path, procedure]) => procedure._def.type !== "subscription" && !path.startsWith("auth.logout"))
  .map(([path, procedure]) => ({ path, type: procedure._def.type }));

let handle: TestDb;
let fixture: MatrixFixture;
let sessionToken = "";

beforeAll(async () => {
  handle = await createSeededDb();
  fixture = await loadMatrixFixture(handle.db);
  ({ sessionToken } = await (await anonymousCaller(handle)).auth.login({
    email: "manager@demo.test",
    password: DEMO_PASSWORD,
  }));
});
afterAll(() => handle.close());

async function call(path: string, type: string, input: unknown): Promise<Response> {
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
    createContext: () => createContext(contextOptions(handle, { sessionToken, now: new Date() })),
  });
}

/** Inputs shaped like the valid one with fields swapped for wrong types, plus arbitrary values. */
function invalidInputs(valid: unknown): fc.Arbitrary<unknown> {
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
  );
  const shaped =
    valid && typeof valid === "object" && !Array.isArray(valid)
      ? fc.record(
          Object.fromEntries(
            Object.keys(valid).map((key) => [
              key,
              fc.oneof(fc.constant((valid as Record<string, unknown>)[key]), wrongValue),
            ]),
          ),
        )
      : wrongValue;
  return fc.oneof(shaped, fc.anything({ maxDepth: 2 }), wrongValue);
}

describe("no input makes a procedure fail with a server error", () => {
  it.each(procedures.map((p) => [p.path, p.type] as const))("%s", async (path, type) => {
    const valid = SAMPLES[path]?.(fixture.own);
    await fc.assert(
      fc.asyncProperty(invalidInputs(valid), async (input) => {
        const response = await call(path, type, input);
        const body = await response.text();
        expect(response.status, `${path} answered ${response.status}: ${body.slice(0, 300)}`).toBeLessThan(500);
        expect(body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
      }),
      { numRuns: 12 },
    );
  });
});
