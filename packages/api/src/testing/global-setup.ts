// Vitest globalSetup for the API's tests: migrates one database and one with the demo seed
// ONCE per run, and gives the test files their templates (and the seed's field key), so that
// each file copies a database in a second instead of migrating and seeding it again.
import { createTestTemplate, type TestTemplate } from "@gesim/db/testing";
import type { TestProject } from "vitest/node";
import { createFieldCipher, generateKey, parseKey } from "../crypto/field-cipher.ts";
import { seedDemoIfEmpty } from "../demo/seed-demo.ts";
import { TODAY } from "./test-dates.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testFieldKey: string;
    migratedTemplate: TestTemplate;
    seededTemplate: TestTemplate;
  }
}

export default async function setup(project: TestProject) {
  const key = generateKey();
  const cipher = createFieldCipher(parseKey(key));
  const [migrated, seeded] = await Promise.all([
    createTestTemplate(async () => {}),
    createTestTemplate(async (handle) => {
      await seedDemoIfEmpty(handle.db, TODAY, cipher);
    }),
  ]);
  project.provide("testFieldKey", key);
  project.provide("migratedTemplate", migrated.template);
  project.provide("seededTemplate", seeded.template);
  return async () => {
    await Promise.all([migrated.drop(), seeded.drop()]);
  };
}
