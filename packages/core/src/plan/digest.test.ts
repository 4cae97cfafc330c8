import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales.ts";
import { composeDigest, DIGEST_LINES, digestCounts } from "./digest.ts";
import { inboxTasks } from "./task-inbox.ts";

const TODAY = "2026-11-23";
const tasks = inboxTasks(
  [
    {
      clientId: "a",
      nextReviewDate: "2026-11-20",
      reflectionPeriodEnd: "2026-12-01",
      steps: [
        { id: "s1", status: "planned", dueDate: "2026-11-01" },
        { id: "s2", status: "in-progress", dueDate: "2026-11-25" },
        { id: "s3", status: "planned", dueDate: "2026-11-10" },
      ],
      referrals: [{ id: "r1", status: "sent", sentOn: "2026-11-15" }],
    },
  ],
  TODAY,
);

describe("digestCounts", () => {
  it("counts her inbox by kind and the plans waiting for approval", () => {
    expect(digestCounts(tasks, 3)).toEqual({
      "step-overdue": 2,
      "review-overdue": 1,
      "consent-expired-in-use": 0,
      "step-due": 1,
      "review-due": 0,
      "reflection-ending": 1,
      "consent-expiring": 0,
      "referral-waiting": 1,
      "appointment-overlap": 0,
      "interpreter-not-booked": 0,
      "follow-up-due": 0,
      "approvals-waiting": 3,
    });
  });

  it("counts her appointment conflicts as My work shows them", () => {
    const counts = digestCounts([], 0, [{ kind: "overlap" }, { kind: "interpreter-not-booked" }, { kind: "overlap" }]);
    expect(counts["appointment-overlap"]).toBe(2);
    expect(counts["interpreter-not-booked"]).toBe(1);
    expect(composeDigest(counts, "en", "https://p.example")?.text).toContain(
      "Interpreters not booked for appointments in the next 2 days: 1\n",
    );
  });
});

describe("composeDigest", () => {
  it("says how many of each, in her language, with a link to her inbox; lines with none are left out", () => {
    const message = composeDigest(digestCounts(tasks, 0), "en", "https://planner.example.org/");
    expect(message?.subject).toBe("GeSIM Planner: your work today");
    expect(message?.text).toContain("Steps overdue: 2\n");
    expect(message?.text).toContain("Steps due in the next 7 days: 1\n");
    expect(message?.text).toContain("Reflection periods ending in the next 14 days: 1\n");
    expect(message?.text).not.toContain("approval");
    expect(message?.text).toContain("https://planner.example.org/my-work");
    expect(composeDigest(digestCounts(tasks, 0), "de", "https://p.example")?.text).toContain("Überfällige Schritte: 2");
  });

  it("sends nothing when nothing waits", () => {
    expect(composeDigest(digestCounts([], 0), "en", "https://p.example")).toBeNull();
  });

  it("fills every placeholder in every language (no {{…}} left for a reader)", () => {
    const all = Object.fromEntries(DIGEST_LINES.map((line) => [line, 1])) as Parameters<typeof composeDigest>[0];
    for (const locale of LOCALES) {
      const message = composeDigest(all, locale, "https://p.example");
      expect(message?.text).not.toMatch(/\{\{|digest\./);
      expect(message?.text.split("\n").filter((line) => line.endsWith(": 1"))).toHaveLength(DIGEST_LINES.length);
    }
  });
});
