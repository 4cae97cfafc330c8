import { describe, expect, test } from "vitest";
import { isOverdue, OVERDUE_STATUSES } from "./overdue.ts";
import { ACTION_STATUSES } from "./plan.ts";

const TODAY = "2026-03-01";

describe("isOverdue", () => {
  test.each([
    ["planned, due yesterday", { status: "planned", dueDate: "2026-02-28" }, true],
    ["in progress, due a year ago", { status: "in-progress", dueDate: "2025-03-01" }, true],
    ["planned, due today (not yet late)", { status: "planned", dueDate: TODAY }, false],
    ["planned, due tomorrow", { status: "planned", dueDate: "2026-03-02" }, false],
    ["planned, no due date", { status: "planned" }, false],
    ["planned, due date null (a database row)", { status: "planned", dueDate: null }, false],
    ["blocked, due last month: blocked, not overdue", { status: "blocked", dueDate: "2026-02-01" }, false],
    ["done, due last month", { status: "done", dueDate: "2026-02-01" }, false],
    ["cancelled, due last month", { status: "cancelled", dueDate: "2026-02-01" }, false],
  ] as const)("%s → %s", (_name, step, expected) => {
    expect(isOverdue(step, TODAY)).toBe(expected);
  });

  test("exactly the open statuses can be overdue", () => {
    const late = ACTION_STATUSES.filter((status) => isOverdue({ status, dueDate: "2000-01-01" }, TODAY));
    expect(late).toEqual([...OVERDUE_STATUSES]);
  });
});
