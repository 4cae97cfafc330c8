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

describe("her consents in the inbox", () => {
  const PROVIDER = "0b9f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
  const consent = (
    expiresOn: string | null,
    extra: Partial<{ recipient: string | null; withdrawnOn: string }> = {},
  ) => ({
    id: "k",
    recipient: null,
    withdrawnOn: null,
    expiresOn,
    ...extra,
  });
  test.each([
    ["expires today", consent("2026-12-03"), [], "consent-expiring"],
    ["expires in 30 days", consent("2027-01-02"), [], "consent-expiring"],
    ["expires in 31 days", consent("2027-01-03"), [], null],
    ["no expiry", consent(null), [], null],
    ["withdrawn, expiring", consent("2026-12-10", { withdrawnOn: "2026-11-30" }), [], null],
    ["expired, not in use", consent("2026-12-01", { recipient: PROVIDER }), [], null],
    [
      "expired, an open referral to its provider",
      consent("2026-12-01", { recipient: PROVIDER }),
      [PROVIDER],
      "consent-expired-in-use",
    ],
    ["expired, a referral to another provider", consent("2026-12-01", { recipient: PROVIDER }), ["other"], null],
    [
      "expired and withdrawn, still referred",
      consent("2026-12-01", { recipient: PROVIDER, withdrawnOn: "2026-12-02" }),
      [PROVIDER],
      null,
    ],
  ] as const)("%s → %s", (_, given, open, kind) => {
    const tasks = inboxTasks([{ ...quiet, consents: [given], openReferralProviderIds: open }], TODAY);
    expect(tasks.map((task) => task.kind)).toEqual(kind ? [kind] : []);
    if (kind) expect(tasks[0]).toMatchObject({ refId: "k", date: given.expiresOn });
  });

  test("an expired consent in use comes with the overdue tasks, one expiring with what is due soon", () => {
    const tasks = inboxTasks(
      [
        {
          ...quiet,
          steps: [{ id: "s", status: "planned", dueDate: "2026-12-05" }],
          consents: [consent("2026-12-20"), { ...consent("2026-11-01", { recipient: PROVIDER }), id: "old" }],
          openReferralProviderIds: [PROVIDER],
        },
      ],
      TODAY,
    );
    expect(tasks.map((task) => task.kind)).toEqual(["consent-expired-in-use", "step-due", "consent-expiring"]);
  });
});

describe("a follow-up contact after closure in the inbox", () => {
  const consent = { purpose: "follow-up-contact" as const, givenOn: "2026-10-01", withdrawnOn: null, expiresOn: null };
  const followUp = {
    closureId: "k",
    followUpOn: "2026-12-03",
    followUpDoneOn: null,
    reopenedOn: null,
    consents: [consent],
  };
  test.each([
    ["due today, with her consent", followUp, ["follow-up-due"]],
    ["not yet due", { ...followUp, followUpOn: "2026-12-04" }, []],
    ["done already", { ...followUp, followUpDoneOn: "2026-12-02" }, []],
    ["the case was reopened", { ...followUp, reopenedOn: "2026-11-01" }, []],
    ["she withdrew her consent", { ...followUp, consents: [{ ...consent, withdrawnOn: "2026-11-30" }] }, []],
    ["only another consent", { ...followUp, consents: [{ ...consent, purpose: "story-use" as const }] }, []],
  ] as const)("%s", (_, item, kinds) => {
    const tasks = inboxTasks([{ ...quiet, followUp: item }], TODAY);
    expect(tasks.map((task) => task.kind)).toEqual(kinds);
    if (kinds.length) expect(tasks[0]).toMatchObject({ refId: "k", date: "2026-12-03" });
  });
});
