import type { SnapshotReport } from "@gesim/api";
import type { Database } from "@gesim/db";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startSnapshotTimer } from "./snapshot-timer.ts";

// The job itself (idempotent, back-filled) is tested on a database in packages/api
// (operations/monthly-snapshots.test.ts); this tests only when the server runs it.
const REPORT: SnapshotReport = { organisations: 1, organisationsFailed: 0, monthsRecorded: 1, monthsBackFilled: 0 };
const db = {} as Database;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("startSnapshotTimer", () => {
  it("runs shortly after start and then every interval, until stopped", async () => {
    const run = vi.fn(async () => REPORT);
    const timer = startSnapshotTimer(db, 24, run);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(run).toHaveBeenCalledTimes(2);
    await timer.stop();
    await vi.advanceTimersByTimeAsync(48 * 3_600_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("never runs when the interval is 0, and survives a failed run", async () => {
    const idle = vi.fn(async () => REPORT);
    await startSnapshotTimer(db, 0, idle).stop();
    await vi.advanceTimersByTimeAsync(48 * 3_600_000);
    expect(idle).not.toHaveBeenCalled();

    const failing = vi.fn(async () => Promise.reject(new Error("database gone")));
    const timer = startSnapshotTimer(db, 1, failing);
    await vi.advanceTimersByTimeAsync(10_000 + 3_600_000);
    expect(failing).toHaveBeenCalledTimes(2);
    await timer.stop();
  });
});
