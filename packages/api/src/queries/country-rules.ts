import { type CountryRules, readCountryRules } from "@gesim/core";
import { type Database, eq, organisations } from "@gesim/db";

/** The organisation's country rules as its administrator configured them (none: not configured). */
export async function loadCountryRules(db: Database, organisationId: string): Promise<CountryRules> {
  const [row] = await db
    .select({ countryRules: organisations.countryRules })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return readCountryRules(row?.countryRules);
}
