import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The layer rules live in biome.json (web → api → db → core, core pure, no process.env outside the env modules).
 * Each probe is a file placed where it would sit in the repository, linted with the repository's own
 * configuration in a scratch copy, so that a probe can never break the real tree's typecheck.
 */
const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "gesim-boundaries-"));
const config = JSON.parse(readFileSync(join(repo, "biome.json"), "utf8"));
config.$schema = undefined;
config.vcs = { enabled: false };
writeFileSync(join(scratch, "biome.json"), JSON.stringify(config));
cpSync(join(repo, "node_modules", "@biomejs"), join(scratch, "node_modules", "@biomejs"), { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(path: string, source: string): { ok: boolean; output: string } {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  try {
    const output = execFileSync(join(repo, "node_modules", ".bin", "biome"), ["lint", path], {
      cwd: scratch,
      encoding: "utf8",
      stdio: "pipe",
    });
    return { ok: true, output };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}` };
  } finally {
    rmSync(file);
  }
}

describe("layer boundaries are lint errors", () => {
  it.each([
    [
      "packages/core/src/probe.ts",
      'import { createDb } from "@gesim/db";\nexport const x = createDb;\n',
      "noRestrictedImports",
    ],
    [
      "packages/core/src/probe.ts",
      'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n',
      "noNodejsModules",
    ],
    [
      "packages/db/src/probe.ts",
      'import { appRouter } from "@gesim/api";\nexport const x = appRouter;\n',
      "noRestrictedImports",
    ],
    ["packages/api/src/probe.ts", 'import { x } from "@gesim/web";\nexport const y = x;\n', "noRestrictedImports"],
    [
      "apps/web/app/probe.ts",
      'import { x } from "@gesim/api/src/root.ts";\nexport const y = x;\n',
      "noRestrictedImports",
    ],
    [
      "apps/web/app/probe.ts",
      'import { x } from "../../../packages/db/src/client.ts";\nexport const y = x;\n',
      "noRestrictedImports",
    ],
    ["packages/api/src/probe.ts", "export const port = process.env.PORT;\n", "noProcessEnv"],
  ])("%s: %s fails with %s", (path, source, rule) => {
    const result = lint(path, source);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(rule);
  });

  it.each([
    ["packages/core/src/probe.ts", 'import { z } from "zod";\nexport const x = z.string();\n'],
    ["packages/api/src/probe.ts", 'import { createDb } from "@gesim/db";\nexport const x = createDb;\n'],
    ["apps/web/app/probe.ts", 'import { appRouter } from "@gesim/api";\nexport const y = appRouter;\n'],
    ["apps/web/app/server/env.server.ts", "export const port = process.env.PORT;\n"],
  ])("%s: a downward import through an entry point passes", (path, source) => {
    const result = lint(path, source);
    expect(result.output).not.toContain("noRestrictedImports");
    expect(result.ok).toBe(true);
  });
});
