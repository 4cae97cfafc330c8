import { describe, expect, test } from "vitest";
import { CLIENT_STATUSES, canCloseAs, canMoveClientStatus, nextClientStatuses } from "./client-status.ts";

describe("client status transitions", () => {
  test.each([
    ["intake", "active", true],
    ["intake", "paused", true],
    ["intake", "closed", true],
    ["active", "paused", true],
    ["paused", "active", true],
    ["active", "closed", true],
    ["paused", "closed", true],
    ["closed", "active", true],
    ["active", "intake", false],
    ["paused", "intake", false],
    ["closed", "paused", false],
    ["closed", "intake", false],
    ["active", "active", false],
    ["closed", "closed", false],
  ] as const)("%s → %s: %s", (from, to, allowed) => {
    expect(canMoveClientStatus(from, to)).toBe(allowed);
  });

  test("every status can be left, and closed can only be reopened as active", () => {
    for (const status of CLIENT_STATUSES) expect(nextClientStatuses(status).length).toBeGreaterThan(0);
    expect(nextClientStatuses("closed")).toEqual(["active"]);
  });

  test("closing needs a manager when the organisation asks for it", () => {
    expect(canCloseAs("manager", true)).toBe(true);
    expect(canCloseAs("caseworker", true)).toBe(false);
    expect(canCloseAs("caseworker", false)).toBe(true);
  });
});
