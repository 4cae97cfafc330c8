import { type PlanCheckConfig, PlanCheckConfigSchema } from "@gesim/core";
import { type Database, eq, organisations } from "@gesim/db";

/**
 * The organisation's plan-check configuration (issue 21 item 9): what is stored, with core's
 * defaults for anything not set. A stored value core no longer accepts falls back to the defaults
 * rather than breaking every plan page.
 */
export async function loadPlanCheckConfig(db: Database, organisationId: string): Promise<PlanCheckConfig> {
  const [row] = await db
    .select({ config: organisations.planCheckConfig })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const parsed = PlanCheckConfigSchema.safeParse(row?.config ?? {});
  return parsed.success ? parsed.data : PlanCheckConfigSchema.parse({});
}
