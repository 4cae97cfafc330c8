import { defineConfig } from "vitest/config";

// Database tests start PGlite (about 2 s each, more on a busy machine): generous timeouts,
// never timed assertions.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 180_000 } });
