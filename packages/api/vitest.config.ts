import { defineConfig } from "vitest/config";

// Database tests copy a template database that the global setup migrates (and seeds) once per
// run; still generous timeouts on a busy machine, never timed assertions.
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 180_000, globalSetup: ["./src/testing/global-setup.ts"] },
});
