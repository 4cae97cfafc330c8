import type { DomainId } from "../../domains/domain-ids.ts";
import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/** Therapy, shelter and peer-group steps: where women asked for women-only services. */
const WOMEN_ONLY_DOMAINS: readonly DomainId[] = ["therapy", "accommodation", "peer-support"];

/**
 * P9: feminist, independent services; women asked for women-only therapy, shelters and peer
 * groups (domain.md §1.7 P9, P4, P11; [004:117-119, 004:171]; issue 21 "Women-only services").
 * A therapy, shelter or peer-group step referred to a provider that the directory records as not
 * women-only is flagged, one finding per step, so the caseworker checks it is what she wants.
 * Steps without a provider, and providers not in the directory, are not judged.
 */
export const womenOnlyServices: PlanRule = {
  id: "women-only-services",
  principle: "principle-09",
  descriptionKey: "check.women-only-services.description",
  suggests: [],
  check({ plan, providers }) {
    const mixed = new Set(providers.filter((p) => !p.isWomenOnly).map((p) => p.id));
    const womenOnly = new Set(providers.filter((p) => p.isWomenOnly).map((p) => p.id));
    return plan.actions
      .filter(
        (a) =>
          a.providerId !== undefined &&
          WOMEN_ONLY_DOMAINS.includes(a.domain) &&
          (a.status === "planned" || a.status === "in-progress"),
      )
      .flatMap((a) => {
        const options = { subject: a.id, domain: a.domain };
        if (mixed.has(a.providerId ?? "")) {
          return [makeFinding(this, "warning", "check.women-only-services.warning", options)];
        }
        return womenOnly.has(a.providerId ?? "")
          ? [makeFinding(this, "met", "check.women-only-services.met", options)]
          : [];
      });
  },
};
