import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema and committed (`npm run db:generate`), then
// applied by `createDb` callers through `migrateDb`; never `push` to a shared database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
