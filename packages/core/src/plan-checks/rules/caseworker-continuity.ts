import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P9: overloaded, frequently rotating staff undermine services (domain.md §1.4, §1.7 P9,
 * indicator 9.2; [004:56]). [inference] More changes than the configured maximum (default 2)
 * is a warning about the service, never about her.
 */
export const caseworkerContinuity: PlanRule = {
  id: "caseworker-continuity",
  principle: "principle-09",
  descriptionKey: "check.caseworker-continuity.description",
  suggests: [],
  check({ caseworkerChanges, config }) {
    const params = { count: caseworkerChanges, limit: config.maxCaseworkerChanges };
    if (caseworkerChanges > config.maxCaseworkerChanges) {
      return [makeFinding(this, "warning", "check.caseworker-continuity.warning", { params })];
    }
    return [makeFinding(this, "met", "check.caseworker-continuity.met", { params })];
  },
};
