import { z } from "zod";
import { loadCountryRules } from "../../queries/country-rules.ts";
import { organisationProcedure } from "../../trpc.ts";

/**
 * The organisation's country rules as the intake and profile forms need them: the configured
 * length of the reflection period and the permit types. Configuration, no client data, so
 * nothing to audit; administrators change it with admin.organisation.setCountryRules.
 */
export const countryRules = organisationProcedure("caseworker", "manager")
  .input(z.object({}).strict().default({}))
  .query(({ ctx }) => loadCountryRules(ctx.db, ctx.session.organisationId));
