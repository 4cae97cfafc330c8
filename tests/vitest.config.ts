import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "integration",
          include: ["integration/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // One browser and one app server per file; files run one after another so two
        // Chromiums never compete for the machine's two cores.
        // expect.poll waits up to 15 s: on a busy two-core machine a page can take seconds.
        test: {
          name: "e2e",
          include: ["e2e/**/*.spec.ts"],
          // One server migrates and seeds the demo; every file's server starts from a copy.
          globalSetup: ["./support/e2e-template.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
