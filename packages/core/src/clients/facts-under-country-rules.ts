import {
  basisOfPermitType,
  type CountryRules,
  findPermitType,
  reflectionPeriodEnd,
} from "../organisation/country-rules.ts";
import type { ClientFacts } from "./client-record.ts";

/**
 * Her facts as the organisation's country rules complete them (issue 17), before they are
 * stored: a permit of a configured type takes that type's basis, and a reflection period with
 * only its start gets its end from the configured length. A permit type the organisation has
 * not configured is refused (the message key says why); nothing else is changed.
 */
export function factsUnderCountryRules(
  facts: ClientFacts,
  rules: CountryRules,
): { facts: ClientFacts; problem: null } | { facts: null; problem: "client.error.unknownPermitType" } {
  let completed = facts;
  if (facts.permitType !== undefined && facts.permitType !== null) {
    const configured = findPermitType(facts.permitType, rules);
    if (!configured) return { facts: null, problem: "client.error.unknownPermitType" };
    completed = { ...completed, permitType: configured.label, permitBasis: basisOfPermitType(configured) };
  }
  const end = reflectionPeriodEnd({ start: facts.reflectionPeriodStart, end: facts.reflectionPeriodEnd }, rules);
  if (end !== facts.reflectionPeriodEnd) completed = { ...completed, reflectionPeriodEnd: end };
  return { facts: completed, problem: null };
}
