// Builds the operations scripts to plain JavaScript (issue 15, item 9): every file directly in
// src/scripts becomes build/scripts/<name>.js, run with `node` where tsx and the sources are
// absent (the Docker image). Workspace packages are bundled (they ship TypeScript); npm
// dependencies stay external and come from `npm ci --omit=dev`.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const scriptsDir = new URL("./src/scripts/", import.meta.url);
const entries = Object.fromEntries(
  readdirSync(scriptsDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts"))
    .map((entry) => [entry.name.slice(0, -3), fileURLToPath(new URL(entry.name, scriptsDir))]),
);

export default defineConfig({
  logLevel: "warn",
  ssr: { target: "node", noExternal: [/^@gesim\//] },
  build: {
    ssr: true,
    target: "node20",
    outDir: "build/scripts",
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: entries,
      output: { format: "esm", entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
});
