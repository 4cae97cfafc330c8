import { defineConfig } from "vitest/config";

// Only the pure parts (arguments, statistics, report) are unit-tested; the load runs are `npm run bench`.
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
