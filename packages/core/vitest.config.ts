import { defineConfig } from "vitest/config";

// Property tests run thousands of cases; on a shared two-core machine (CI runs several
// packages' tests at once) they need room. Speed is measured by benchmarks, never by test timeouts.
export default defineConfig({ test: { testTimeout: 120_000 } });
