import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../plan/iso-date.ts";
import { addMonths, latestDueClosure, RetentionPolicySchema, retentionDue, withoutNotes } from "./retention.ts";

const policy = { retainNotesMonths: 24, retainIdentityMonths: 36 };
const closed = (closedOn: string) => ({ status: "closed" as const, closedOn, erasedAt: null });

const isoDate = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2080-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const months = fc.integer({ min: 1, max: 600 });
const policies = fc.record({ retainNotesMonths: months, retainIdentityMonths: months });

describe("addMonths", () => {
  test.each([
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-11-30", 2, "2027-01-30"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-11-23", 24, "2028-11-23"],
  ])("%s + %i months = %s", (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  test("never goes backwards and never moves more than a month's days per month", () => {
    fc.assert(
      fc.property(isoDate, months, (date, n) => {
        const later = addMonths(date, n);
        expect(later > date).toBe(true);
        expect(later <= addDays(date, n * 31)).toBe(true);
        expect(later >= addDays(date, n * 28 - 3)).toBe(true);
      }),
    );
  });
});

describe("retentionDue", () => {
  test.each([
    ["the day before the notes period ends", "2028-11-22", { narrative: false, identity: false, complete: false }],
    ["the day the notes period ends", "2028-11-23", { narrative: true, identity: false, complete: false }],
    ["the day the identity period ends", "2029-11-23", { narrative: true, identity: true, complete: true }],
  ])("a case closed on 2026-11-23, on %s", (_label, today, expected) => {
    expect(retentionDue(closed("2026-11-23"), policy, today)).toEqual(expected);
  });

  test("open, undated and already erased cases have nothing due", () => {
    const nothing = { narrative: false, identity: false, complete: false };
    expect(retentionDue({ status: "active", closedOn: null, erasedAt: null }, policy, "2090-01-01")).toEqual(nothing);
    expect(retentionDue({ status: "paused", closedOn: "2000-01-01", erasedAt: null }, policy, "2090-01-01")).toEqual(
      nothing,
    );
    expect(retentionDue({ status: "closed", closedOn: null, erasedAt: null }, policy, "2090-01-01")).toEqual(nothing);
    expect(
      retentionDue(
        { status: "closed", closedOn: "2000-01-01", erasedAt: "2010-01-01T00:00:00Z" },
        policy,
        "2090-01-01",
      ),
    ).toEqual(nothing);
  });

  test("once a part is due it stays due (applying it again later changes nothing)", () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: 0, max: 20_000 }), policies, (closedOn, today, later, p) => {
        const first = retentionDue(closed(closedOn), p, today);
        const then = retentionDue(closed(closedOn), p, addDays(today, later));
        if (first.narrative) expect(then.narrative).toBe(true);
        if (first.identity) expect(then.identity).toBe(true);
      }),
    );
  });

  test("nothing is due before its period, everything after it; complete means both", () => {
    fc.assert(
      fc.property(isoDate, isoDate, policies, (closedOn, today, p) => {
        const due = retentionDue(closed(closedOn), p, today);
        expect(due.narrative).toBe(today >= addMonths(closedOn, p.retainNotesMonths));
        expect(due.identity).toBe(today >= addMonths(closedOn, p.retainIdentityMonths));
        expect(due.complete).toBe(due.narrative && due.identity);
        if (today < closedOn) expect(due).toEqual({ narrative: false, identity: false, complete: false });
      }),
    );
  });

  test("a longer period is never due earlier than a shorter one", () => {
    fc.assert(
      fc.property(isoDate, isoDate, months, months, (closedOn, today, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const shortDue = retentionDue(
          closed(closedOn),
          { retainNotesMonths: short, retainIdentityMonths: short },
          today,
        );
        const longDue = retentionDue(closed(closedOn), { retainNotesMonths: long, retainIdentityMonths: long }, today);
        if (longDue.narrative) expect(shortDue.narrative).toBe(true);
      }),
    );
  });

  test("a month-end closure is found on the shorter month's last day", () => {
    const policy = { retainNotesMonths: 1, retainIdentityMonths: 1 };
    const closed = { status: "closed", closedOn: "2026-01-31", erasedAt: null } as const;
    expect(retentionDue(closed, policy, "2026-02-28").complete).toBe(true);
    expect(latestDueClosure(policy, "2026-02-28")).toBe("2026-01-31");
    expect(latestDueClosure(policy, "2026-02-27")).toBe("2026-01-27");
  });

  test("every case due at a month end closed on or before latestDueClosure (month-end dates)", () => {
    const monthEnd = fc
      .record({
        year: fc.integer({ min: 2000, max: 2080 }),
        month: fc.integer({ min: 1, max: 12 }),
        back: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ year, month, back }) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        return `${year}-${String(month).padStart(2, "0")}-${String(last - back).padStart(2, "0")}`;
      });
    fc.assert(
      fc.property(monthEnd, fc.integer({ min: 0, max: 3 }), policies, (today, back, p) => {
        // A closure late in the month exactly the shorter period before today: where a bound that kept the day would miss it.
        const target = addMonths(today, -Math.min(p.retainNotesMonths, p.retainIdentityMonths));
        const last = new Date(Date.UTC(Number(target.slice(0, 4)), Number(target.slice(5, 7)), 0)).getUTCDate();
        const closedOn = `${target.slice(0, 8)}${String(last - back).padStart(2, "0")}`;
        const due = retentionDue({ status: "closed", closedOn, erasedAt: null }, p, today);
        if (due.narrative || due.identity) expect(closedOn <= latestDueClosure(p, today)).toBe(true);
      }),
    );
  });

  test("every case with something due closed on or before latestDueClosure", () => {
    fc.assert(
      fc.property(isoDate, isoDate, policies, (closedOn, today, p) => {
        const due = retentionDue(closed(closedOn), p, today);
        if (due.narrative || due.identity) expect(closedOn <= latestDueClosure(p, today)).toBe(true);
      }),
    );
  });
});

describe("RetentionPolicySchema", () => {
  test.each([0, -1, 1.5, 601])("refuses %s months with a message key", (value) => {
    const result = RetentionPolicySchema.safeParse({ retainNotesMonths: value, retainIdentityMonths: 12 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("retention.error.months");
  });

  test("accepts one month and the maximum", () => {
    expect(RetentionPolicySchema.parse({ retainNotesMonths: 1, retainIdentityMonths: 600 })).toEqual({
      retainNotesMonths: 1,
      retainIdentityMonths: 600,
    });
  });
});

describe("withoutNotes", () => {
  test("removes every note and keeps the levels", () => {
    const content = {
      domains: [
        { domain: "legal", level: "high", note: "She said …" },
        { domain: "health", level: "none" },
      ],
      overall: { note: "x", score: 3 },
    };
    expect(withoutNotes(content)).toEqual({
      domains: [
        { domain: "legal", level: "high" },
        { domain: "health", level: "none" },
      ],
      overall: { score: 3 },
    });
  });

  test("returns the same object when there is no note (so nothing is rewritten)", () => {
    const content = { domains: [{ domain: "legal", level: "high" }] };
    expect(withoutNotes(content)).toBe(content);
  });

  test("no note survives at any depth", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.stringify(withoutNotes(value))).not.toMatch(/"note":/);
      }),
    );
  });
});
