import { defineConfig } from "vitest/config";

// Unit tests of the web app's pure modules; without the React Router plugin (vite.config.ts).
// PDF rendering and database-backed timers take seconds on a busy two-core machine: room, not timing.
export default defineConfig({
  test: { include: ["app/**/*.test.ts", "server/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
});
