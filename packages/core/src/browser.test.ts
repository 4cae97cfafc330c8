import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The browser entry must stay free of zod (and so of every schema and rule module).
describe("browser entry", () => {
  it("imports nothing that pulls in zod", async () => {
    const { dirname, join } = await import("node:path");
    const { fileURLToPath } = await import("node:url");
    const here = dirname(fileURLToPath(import.meta.url));
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      expect(source, `${file} imports zod`).not.toMatch(/from "zod"/);
      for (const match of source.matchAll(/^import (?!type )[^;]*? from "(\.[^"]+)";/gm))
        visit(join(dirname(file), match[1] ?? ""));
      for (const match of source.matchAll(/^export [^;]*? from "(\.[^"]+)";/gm))
        visit(join(dirname(file), match[1] ?? ""));
    };
    visit(join(here, "browser.ts"));
    expect(seen.size).toBeGreaterThan(4);
  });
});
