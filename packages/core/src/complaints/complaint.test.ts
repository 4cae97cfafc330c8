import { describe, expect, test } from "vitest";
import {
  ComplaintFieldsSchema,
  ComplaintProgressSchema,
  compareComplaintsForLog,
  complaintAgeDays,
  complaintFieldsProblem,
  complaintProgressProblem,
} from "./complaint.ts";

const TODAY = "2026-03-10";
const received = { status: "received" as const, receivedOn: "2026-03-01" };
const progress = (patch: object) => ComplaintProgressSchema.parse({ status: "acknowledged", ...patch });

describe("complaint fields", () => {
  test("empty details become null; too long is refused with its key", () => {
    const base = { receivedOn: "2026-03-01", channel: "phone", madeBy: "her", subject: "privacy" };
    expect(ComplaintFieldsSchema.parse({ ...base, details: "  " }).details).toBeNull();
    const long = ComplaintFieldsSchema.safeParse({ ...base, details: "x".repeat(2001) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe("complaint.error.tooLong");
    expect(ComplaintFieldsSchema.safeParse({ ...base, subject: "the police" }).success).toBe(false);
  });

  test("a complaint received in the future is refused", () => {
    expect(complaintFieldsProblem({ receivedOn: "2026-03-11" }, TODAY)?.key).toBe("complaint.error.receivedInFuture");
    expect(complaintFieldsProblem({ receivedOn: TODAY }, TODAY)).toBeNull();
  });
});

describe("complaintProgressProblem", () => {
  const cases: [string, Parameters<typeof complaintProgressProblem>[0], object, string | null][] = [
    ["acknowledged", received, {}, null],
    ["back to received", { ...received, status: "acknowledged" }, { status: "received" }, "complaint.error.transition"],
    ["resolved without outcome", received, { status: "resolved", closedOn: TODAY }, "complaint.error.outcomeRequired"],
    ["resolved without date", received, { status: "resolved", outcome: "apology" }, "complaint.error.closedOnRequired"],
    [
      "closed before received",
      received,
      { status: "resolved", outcome: "apology", closedOn: "2026-02-28" },
      "complaint.error.closedBeforeReceived",
    ],
    [
      "closed in the future",
      received,
      { status: "withdrawn", closedOn: "2026-03-11" },
      "complaint.error.closedInFuture",
    ],
    [
      "resolved and told",
      received,
      { status: "resolved", outcome: "apology", closedOn: TODAY, toldOutcome: true },
      null,
    ],
    ["withdrawn needs no outcome", received, { status: "withdrawn", closedOn: "2026-03-01" }, null],
    ["open with a closing date", received, { closedOn: TODAY }, "complaint.error.closedOnWhileOpen"],
    ["open but told the outcome", received, { toldOutcome: true }, "complaint.error.toldWhileOpen"],
    [
      "resolved reopened",
      { ...received, status: "resolved" },
      { status: "acknowledged" },
      "complaint.error.transition",
    ],
    [
      "resolved: later recording that she was told",
      { ...received, status: "resolved" },
      { status: "resolved", outcome: "apology", closedOn: TODAY, toldOutcome: true },
      null,
    ],
  ];
  test.each(cases)("%s", (_name, current, patch, expected) => {
    expect(complaintProgressProblem(current, progress(patch), TODAY)?.key ?? null).toBe(expected);
  });
});

describe("complaints log", () => {
  test("age runs until today while open and stops when closed", () => {
    expect(complaintAgeDays({ receivedOn: "2026-03-01", closedOn: null }, TODAY)).toBe(9);
    expect(complaintAgeDays({ receivedOn: "2026-03-01", closedOn: "2026-03-04" }, TODAY)).toBe(3);
  });

  test("open ones first, oldest first; then closed, latest closed first", () => {
    const rows = [
      { id: "a", status: "resolved" as const, receivedOn: "2026-01-01", closedOn: "2026-01-05" },
      { id: "b", status: "acknowledged" as const, receivedOn: "2026-03-05", closedOn: null },
      { id: "c", status: "withdrawn" as const, receivedOn: "2026-02-01", closedOn: "2026-02-10" },
      { id: "d", status: "received" as const, receivedOn: "2026-02-20", closedOn: null },
    ];
    expect([...rows].sort(compareComplaintsForLog).map((r) => r.id)).toEqual(["d", "b", "c", "a"]);
  });
});
