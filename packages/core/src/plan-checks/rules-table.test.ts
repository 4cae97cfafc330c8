import { describe, expect, test } from "vitest";
import { PLAN_RULES } from "./rules/index.ts";
import { RULES_TABLE_END, RULES_TABLE_START, renderRulesTable } from "./rules-table.ts";

/**
 * Keeps the rules table in packages/core/README.md identical to renderRulesTable(). Run
 * `UPDATE_README=1 npx vitest run src/plan-checks/rules-table.test.ts` to rewrite the section.
 * Node APIs are loaded dynamically and typed locally, because core's tsconfig has no Node
 * types on purpose (core is pure; only this test touches the file system).
 */
type NodeFs = {
  readFileSync(path: string, encoding: "utf8"): string;
  writeFileSync(path: string, data: string): void;
};
type NodeProcess = { env: Record<string, string | undefined> };
type NodeUrl = { fileURLToPath(url: string): string };
type NodePath = { resolve(...paths: string[]): string; dirname(path: string): string };

async function loadNode(): Promise<{ fs: NodeFs; process: NodeProcess; readme: string }> {
  const [fs, processModule, url, path] = await Promise.all(
    ["node:fs", "node:process", "node:url", "node:path"].map((specifier: string) => import(specifier)),
  );
  const here = (url as NodeUrl).fileURLToPath((import.meta as unknown as { url: string }).url);
  const readme = (path as NodePath).resolve((path as NodePath).dirname(here), "../../README.md");
  return { fs: fs as NodeFs, process: (processModule as { default: NodeProcess }).default, readme };
}

/** The table with its cell padding removed: Biome pads markdown tables, the content is what counts. */
function unpadded(table: string): string {
  return table
    .split("\n")
    .map((line) =>
      line
        .replace(/ *\| */g, " | ")
        .replace(/-{3,}/g, "---")
        .trim(),
    )
    .join("\n");
}

function section(readme: string): string | undefined {
  const start = readme.indexOf(RULES_TABLE_START);
  const end = readme.indexOf(RULES_TABLE_END);
  if (start === -1 || end === -1 || end < start) return undefined;
  return unpadded(readme.slice(start + RULES_TABLE_START.length, end).trim());
}

describe("rules table", () => {
  test("has one row per rule", () => {
    // Rendered once: each rendering measures every rule's facts over the generated women.
    const table = renderRulesTable();
    expect(table.split("\n")).toHaveLength(PLAN_RULES.length + 2);
    for (const rule of PLAN_RULES) expect(table).toContain(`| \`${rule.id}\` |`);
  });

  test("README.md contains exactly the generated table", async () => {
    const { fs, process, readme: README } = await loadNode();
    const table = renderRulesTable();
    const readme = fs.readFileSync(README, "utf8");
    if (process.env.UPDATE_README === "1") {
      const start = readme.indexOf(RULES_TABLE_START);
      const end = readme.indexOf(RULES_TABLE_END);
      expect(start, "README needs the rules markers").toBeGreaterThanOrEqual(0);
      const updated = `${readme.slice(0, start + RULES_TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
      fs.writeFileSync(README, updated);
      expect(section(updated)).toBe(unpadded(table));
      return;
    }
    expect(section(readme), "run with UPDATE_README=1 to regenerate").toBe(unpadded(table));
  });
});
