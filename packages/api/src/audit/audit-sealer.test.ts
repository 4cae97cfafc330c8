import type { Database } from "@gesim/db";
import { describe, expect, it, vi } from "vitest";
import { createAuditSealer } from "./audit-sealer.ts";

const db = {} as Database;

/** A sealing pass that waits until the test lets it finish, and counts its runs. */
function controlledSeal() {
  const runs: Array<() => void> = [];
  let failNext = false;
  return {
    runs,
    failNext: () => {
      failNext = true;
    },
    seal: () =>
      new Promise<number>((resolve, reject) => {
        const fail = failNext;
        failNext = false;
        runs.push(() => (fail ? reject(new Error("database unavailable")) : resolve(0)));
      }),
    finish: async () => {
      await Promise.resolve();
      runs.at(-1)?.();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe("createAuditSealer", () => {
  it("seals once at start, and requests during a run coalesce into one more run", async () => {
    const control = controlledSeal();
    const sealer = createAuditSealer(db, { sweepMs: 0, seal: control.seal });
    expect(control.runs).toHaveLength(1);
    sealer.request();
    sealer.request();
    sealer.request();
    await control.finish();
    expect(control.runs).toHaveLength(2);
    await control.finish();
    await sealer.idle();
    expect(control.runs).toHaveLength(2);
    sealer.request();
    expect(control.runs).toHaveLength(3);
    await control.finish();
    await sealer.idle();
  });

  it("reports a failed run without its data and retries on the next request", async () => {
    const control = controlledSeal();
    const errors: unknown[] = [];
    control.failNext();
    const sealer = createAuditSealer(db, { sweepMs: 0, seal: control.seal, onError: (e) => errors.push(e) });
    await control.finish();
    await sealer.idle();
    expect(errors).toHaveLength(1);
    sealer.request();
    await control.finish();
    await sealer.idle();
    expect(control.runs).toHaveLength(2);
    expect(errors).toHaveLength(1);
  });

  it("on stop, waits for the run in progress, seals what is left, then ignores requests", async () => {
    const control = controlledSeal();
    const sealer = createAuditSealer(db, { sweepMs: 0, seal: control.seal });
    const stopped = sealer.stop();
    await control.finish();
    await control.finish();
    await stopped;
    expect(control.runs).toHaveLength(2);
    sealer.request();
    expect(control.runs).toHaveLength(2);
  });

  it("sweeps for leftovers on its interval", async () => {
    let runs = 0;
    const sealer = createAuditSealer(db, { sweepMs: 5, seal: async () => ++runs });
    await vi.waitFor(() => expect(runs).toBeGreaterThan(2));
    await sealer.stop();
  });
});
