import { childrenNotRecorded } from "../../plan/client-profile.ts";
import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P3: the childcare checks and the mother-and-child place depend on where each child lives and
 * her or his age; children often stay abroad with family (domain.md §1.7 P3; [000:118, 004:169]).
 * Until both are recorded for every child the P3 checks cannot judge (issue 21 item 8).
 */
export const childrenRecorded: PlanRule = {
  id: "children-recorded",
  principle: "principle-03",
  descriptionKey: "check.children-recorded.description",
  suggests: [],
  check({ profile }) {
    if (profile.children.count === 0) return [];
    if (childrenNotRecorded(profile)) {
      return [
        makeFinding(this, "warning", "check.children-recorded.warning", {
          domain: "childcare",
          params: { count: profile.children.count },
        }),
      ];
    }
    const abroad = (profile.children.list ?? []).filter((child) => child.livesWith === "abroad").length;
    return [makeFinding(this, "met", "check.children-recorded.met", { domain: "childcare", params: { abroad } })];
  },
};
