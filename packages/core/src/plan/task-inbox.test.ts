import { describe, expect, test } from "vitest";
import { type InboxCase, inboxTasks } from "./task-inbox.ts";

const TODAY = "2026-12-03";
const quiet: InboxCase = { clientId: "c", nextReviewDate: null, reflectionPeriodEnd: null, steps: [], referrals: [] };

describe("her task inbox", () => {
  test.each([
    ["an open step past its date", { id: "s", status: "planned", dueDate: "2026-12-02" }, "step-overdue"],
    ["a step due within a week", { id: "s", status: "in-progress", dueDate: "2026-12-10" }, "step-due"],
    ["a step due in eight days", { id: "s", status: "planned", dueDate: "2026-12-11" }, null],
    [
      "a blocked step past its date (it waits on a barrier)",
      { id: "s", status: "blocked", dueDate: "2026-12-01" },
      null,
    ],
    ["a done step", { id: "s", status: "done", dueDate: "2026-12-01" }, null],
    ["a step without a date", { id: "s", status: "planned", dueDate: null }, null],
  ] as const)("%s → %s", (_, step, kind) => {
    const tasks = inboxTasks([{ ...quiet, steps: [step] }], TODAY);
    expect(tasks.map((task) => task.kind)).toEqual(kind ? [kind] : []);
  });

  test("reviews, a reflection period ending and a referral without answer are tasks too", () => {
    const tasks = inboxTasks(
      [
        { ...quiet, clientId: "a", nextReviewDate: "2026-12-01", reflectionPeriodEnd: "2026-12-15" },
        {
          ...quiet,
          clientId: "b",
          nextReviewDate: "2026-12-05",
          referrals: [
            { id: "r1", status: "sent", sentOn: "2026-11-20" },
            { id: "r2", status: "accepted", sentOn: "2026-11-10" },
          ],
        },
      ],
      TODAY,
    );
    expect(tasks).toEqual([
      { kind: "review-overdue", clientId: "a", refId: null, date: "2026-12-01" },
      { kind: "review-due", clientId: "b", refId: null, date: "2026-12-05" },
      { kind: "reflection-ending", clientId: "a", refId: null, date: "2026-12-15" },
      { kind: "referral-waiting", clientId: "b", refId: "r1", date: "2026-11-20" },
    ]);
  });

  test("overdue comes first, the earliest date first within a kind", () => {
    const tasks = inboxTasks(
      [
        {
          ...quiet,
          steps: [
            { id: "late", status: "planned", dueDate: "2026-11-30" },
            { id: "soon", status: "planned", dueDate: "2026-12-04" },
            { id: "later", status: "planned", dueDate: "2026-11-01" },
          ],
        },
      ],
      TODAY,
    );
    expect(tasks.map((task) => task.refId)).toEqual(["later", "late", "soon"]);
  });
});
