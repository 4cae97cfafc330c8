// The authorisation matrix, generated from the router itself: every procedure × every role ×
// own caseload / a colleague's client / another organisation, with the outcome each
// procedure's declared access rule (trpc.ts) implies. A procedure without a rule or without
// a sample input fails here.
import { ROLES, type Role } from "@gesim/core";
import type { TestDb } from "@gesim/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLES } from "./authorization-matrix.samples.ts";
import { createContext } from "./context.ts";
import { DEMO_PASSWORD } from "./demo/seed-demo.ts";
import { appRouter, createCaller } from "./root.ts";
import { loadMatrixFixture, type MatrixFixture } from "./testing/matrix-ids.ts";
import { anonymousCaller, contextOptions, createSeededDb } from "./testing/test-support.ts";
import type { AccessRule, Meta } from "./trpc.ts";

const EMAIL_OF_ROLE: Record<Role, string> = {
  caseworker: "caseworker@demo.test",
  manager: "manager@demo.test",
  funder: "funder@demo.test",
  admin: "admin@demo.test",
};
type Variant = "own" | "colleague" | "other";
type Outcome = "allowed" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

/** Errors that mean the call got past authorisation (state or business rules said no). */
const AUTHORISED_REFUSALS = new Set(["CONFLICT", "PRECONDITION_FAILED", "TOO_MANY_REQUESTS", "BAD_REQUEST"]);

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>,
).map(([path, procedure]) => ({
  path,
  rule: procedure._def.meta?.access,
}));

function expected(rule: AccessRule, role: Role | null, variant: Variant): Outcome {
  if (rule.scope === "public") return "allowed";
  if (role === null) return "UNAUTHORIZED";
  if (rule.scope === "session") return "allowed";
  if (!rule.roles.includes(role)) return "FORBIDDEN";
  if (variant === "other") return "NOT_FOUND";
  if (variant === "colleague" && rule.scope === "client" && role === "caseworker") return "FORBIDDEN";
  return "allowed";
}

let handle: TestDb;
let fixture: MatrixFixture;

beforeAll(async () => {
  handle = await createSeededDb();
  fixture = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

async function callerAs(role: Role | null) {
  if (role === null) return anonymousCaller(handle);
  const { sessionToken } = await (await anonymousCaller(handle)).auth.login({
    email: EMAIL_OF_ROLE[role],
    password: DEMO_PASSWORD,
  });
  return createCaller(await createContext(contextOptions(handle, { sessionToken })));
}

async function outcomeOf(role: Role | null, path: string, input: unknown): Promise<string> {
  const caller = await callerAs(role);
  const target = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  try {
    await target(input);
    return "allowed";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return AUTHORISED_REFUSALS.has(error.code) ? "allowed" : error.code;
  }
}

describe("every procedure declares an access rule and has a sample", () => {
  it.each(procedures.map((p) => [p.path, p.rule] as const))("%s", (path, rule) => {
    expect(
      rule,
      `${path} has no access rule: build it from publicProcedure, sessionProcedure, organisationProcedure or clientProcedure`,
    ).toBeDefined();
    expect(SAMPLES[path], `${path} has no sample in authorization-matrix.samples.ts`).toBeDefined();
  });
});

describe.each(procedures)("$path", ({ path, rule }) => {
  const roles: (Role | null)[] = [null, ...ROLES];
  it.each(roles.map((role) => [role ?? "anonymous", role] as const))("as %s", async (_name, role) => {
    if (!rule) throw new Error(`${path} has no access rule`);
    const sample = SAMPLES[path];
    if (!sample) throw new Error(`${path} has no sample`);
    const variants: Variant[] = ["own"];
    if (JSON.stringify(sample(fixture.other)) !== JSON.stringify(sample(fixture.own))) variants.push("other");
    if (JSON.stringify(sample(fixture.colleague)) !== JSON.stringify(sample(fixture.own))) variants.push("colleague");
    for (const variant of variants) {
      const got = await outcomeOf(role, path, sample(fixture[variant]));
      expect(got, `${path} as ${role ?? "anonymous"} on ${variant} records`).toBe(expected(rule, role, variant));
    }
  });
});
