// The Dockerfile and compose.yaml cannot be run on this machine (no Docker engine); the runtime
// stage itself is carried out and run by runtime-layout.test.ts. This checks the rest: every npm script and workspace they name exists, the image is
// multi-stage, runs as a non-root user with production dependencies only, and the health
// check and required secrets are in place.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const scriptsOf = (path: string) => (JSON.parse(read(path)) as { scripts?: Record<string, string> }).scripts ?? {};
const WORKSPACES: Record<string, string> = {
  "@gesim/web": "apps/web/package.json",
  "@gesim/api": "packages/api/package.json",
  "@gesim/db": "packages/db/package.json",
  "@gesim/core": "packages/core/package.json",
};

/** `npm run <script> [-w <workspace>]` commands in a text, with the package.json they need. */
function npmRuns(text: string): { script: string; packageJson: string }[] {
  const runs: { script: string; packageJson: string }[] = [];
  const flattened = text.replace(/",\s*"/g, " ").replace(/[[\]"]/g, " ");
  for (const match of flattened.matchAll(/npm\s+run\s+([\w:.-]+)(?:\s+(?:-w|--workspace)\s+(@gesim\/[\w-]+))?/g)) {
    const workspace = match[2];
    runs.push({
      script: match[1] ?? "",
      packageJson: workspace ? (WORKSPACES[workspace] ?? `unknown workspace ${workspace}`) : "package.json",
    });
  }
  return runs;
}

describe.each(["Dockerfile", "compose.yaml"])("%s", (file) => {
  const text = read(file);

  it("names only npm scripts that exist", () => {
    for (const run of npmRuns(text))
      expect(Object.keys(scriptsOf(run.packageJson)), `${file}: npm run ${run.script}`).toContain(run.script);
  });

  it("runs the server with node itself, so SIGTERM reaches it (not through npm)", () => {
    expect(text).toContain('["node", "apps/web/server.js"]');
    expect(text).not.toMatch(/(CMD|command:)\s*\[\s*"npm"/);
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");

  it("builds in one stage and runs from another, as a non-root user, without dev dependencies", () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK .*\/healthz/);
  });

  it("copies the files the server needs at run time", () => {
    for (const path of ["apps/web/build", "apps/web/server.js", "packages/db/migrations", "packages/api/build"])
      expect(dockerfile).toContain(path);
  });
});

describe("compose.yaml", () => {
  const compose = read("compose.yaml");

  it("refuses to start without a database password and an encryption key", () => {
    expect(compose).toContain("${POSTGRES_PASSWORD:?");
    expect(compose).toContain("${GESIM_ENCRYPTION_KEY:?");
  });

  it("publishes the app only on the loopback interface, for a TLS proxy in front", () => {
    expect(compose).toMatch(/"127\.0\.0\.1:3000:3000"/);
  });
});
