import { defineConfig } from "vitest/config";

// Unit tests of the web app's pure modules; without the React Router plugin (vite.config.ts).
export default defineConfig({ test: { include: ["app/**/*.test.ts", "server/**/*.test.ts"] } });
