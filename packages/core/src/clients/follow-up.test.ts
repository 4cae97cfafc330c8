import { describe, expect, test } from "vitest";
import { followUpDue, followUpProblem } from "./follow-up.ts";

const consent = { purpose: "follow-up-contact" as const, givenOn: "2026-03-01" };

describe("follow-up after closure", () => {
  test("needs her follow-up consent, valid on the day of closure", () => {
    expect(followUpProblem("2026-03-10", "2026-06-10", [])).toBe("clients.error.followUpNeedsConsent");
    expect(followUpProblem("2026-03-10", "2026-06-10", [{ ...consent, purpose: "story-use" }])).toBe(
      "clients.error.followUpNeedsConsent",
    );
    expect(followUpProblem("2026-03-10", "2026-06-10", [{ ...consent, withdrawnOn: "2026-03-05" }])).toBe(
      "clients.error.followUpNeedsConsent",
    );
    expect(followUpProblem("2026-03-10", "2026-06-10", [consent])).toBeNull();
  });

  test("is after the day of closure", () => {
    expect(followUpProblem("2026-03-10", "2026-03-10", [consent])).toBe("clients.error.followUpNotAfterClosure");
  });

  test("is due from its day, until done, while closed and while she consents", () => {
    const followUp = { followUpOn: "2026-06-10", followUpDoneOn: null, reopenedOn: null };
    expect(followUpDue(followUp, [consent], "2026-06-09")).toBe(false);
    expect(followUpDue(followUp, [consent], "2026-06-10")).toBe(true);
    expect(followUpDue({ ...followUp, followUpDoneOn: "2026-06-11" }, [consent], "2026-06-12")).toBe(false);
    expect(followUpDue({ ...followUp, reopenedOn: "2026-05-01" }, [consent], "2026-06-12")).toBe(false);
    expect(followUpDue(followUp, [{ ...consent, withdrawnOn: "2026-06-01" }], "2026-06-12")).toBe(false);
  });
});
