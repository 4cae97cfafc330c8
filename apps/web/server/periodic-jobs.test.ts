import type { DigestReport, RetentionReport, SnapshotReport } from "@gesim/api";
import type { Database } from "@gesim/db";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startDigestTimer, startRetentionTimer, startSnapshotTimer } from "./periodic-jobs.ts";

const REPORT: RetentionReport = {
  organisations: 1,
  organisationsFailed: 0,
  casesChecked: 0,
  recordsErased: 0,
  recordsCompleted: 0,
};
const SNAPSHOT_REPORT: SnapshotReport = {
  organisations: 1,
  organisationsFailed: 0,
  monthsRecorded: 1,
  monthsBackFilled: 0,
};
const db = {} as Database;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("startRetentionTimer", () => {
  it("runs a minute after start and then every interval, until stopped", async () => {
    const run = vi.fn(async () => REPORT);
    const timer = startRetentionTimer(db, 24, run);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(run).toHaveBeenCalledTimes(2);
    await timer.stop();
    await vi.advanceTimersByTimeAsync(48 * 3_600_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("never runs when the interval is 0", async () => {
    const run = vi.fn(async () => REPORT);
    await startRetentionTimer(db, 0, run).stop();
    await vi.advanceTimersByTimeAsync(48 * 3_600_000);
    expect(run).not.toHaveBeenCalled();
  });

  it("waits for a run in progress on stop, and survives a failed run", async () => {
    let finish = () => {};
    const run = vi.fn(() => new Promise<RetentionReport>((resolve) => (finish = () => resolve(REPORT))));
    const timer = startRetentionTimer(db, 1, run);
    await vi.advanceTimersByTimeAsync(60_000);
    let stopped = false;
    const stopping = timer.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);

    const failing = vi.fn(async () => Promise.reject(new Error("database gone")));
    const second = startRetentionTimer(db, 1, failing);
    await vi.advanceTimersByTimeAsync(60_000 + 3_600_000);
    expect(failing).toHaveBeenCalledTimes(2);
    await second.stop();
  });
});

describe("startDigestTimer", () => {
  it("looks every hour, with the settings and the time of each run", async () => {
    const report: DigestReport = { organisations: 1, organisationsFailed: 0, sent: 0, failed: 0 };
    const run = vi.fn(async () => report);
    const send = vi.fn(async () => {});
    const timer = startDigestTimer(db, { send, appUrl: "https://planner.example", fromHour: 7 }, run);
    await vi.advanceTimersByTimeAsync(60_000 + 2 * 3_600_000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(run).toHaveBeenLastCalledWith(db, {
      send,
      appUrl: "https://planner.example",
      fromHour: 7,
      now: expect.any(Date),
    });
    await timer.stop();
  });
});

describe("startSnapshotTimer", () => {
  it("runs shortly after start and then every interval, until stopped", async () => {
    const run = vi.fn(async () => SNAPSHOT_REPORT);
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
    const idle = vi.fn(async () => SNAPSHOT_REPORT);
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
