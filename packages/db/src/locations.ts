import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// Found through the package's own package.json rather than paths relative to this file, so
// they still resolve after Vite bundles the web server (stack notes, trap 4).
const packageDir = dirname(createRequire(import.meta.url).resolve("@gesim/db/package.json"));

export const MIGRATIONS_DIR = join(packageDir, "migrations");
export const REPO_ROOT = join(packageDir, "..", "..");
export const DEFAULT_DATA_DIR = join(REPO_ROOT, ".data", "pglite");
