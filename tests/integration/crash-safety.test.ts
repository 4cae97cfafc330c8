// Crash safety (issue 7): plan writes stream over HTTP into the production server, which is
// killed with SIGKILL in the middle; after a restart on the same data every acknowledged write
// is there and none is half-written. Each plans.addAction adds one action AND bumps the plan's
// version in one transaction, so for every plan: actions added = versions added.
// Runs on embedded PGlite (default) and on PostgreSQL when DATABASE_URL is set.
import { DEMO_PASSWORD } from "@gesim/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../support/app-server.ts";
import { signInOverHttp, type TrpcHttp } from "../support/trpc-http.ts";

type PlanView = { plan: { id: string; version: number } | null; actions: { id: string }[] };
type Stream = {
  clientId: string;
  planId: string;
  startVersion: number;
  startActions: number;
  acked: { version: number; actionId: string }[];
};

const STREAMS = 3;
const ACKS_BEFORE_KILL = 24;

let server: AppServer;
beforeAll(async () => {
  // The retention timer stays off: nothing but the test writes to the plans.
  server = await startAppServer({ GESIM_RETENTION_INTERVAL_HOURS: "0" });
});
afterAll(() => server?.stop());

async function planOf(api: TrpcHttp, clientId: string) {
  const view = await api.query<PlanView>("plans.get", { clientId });
  return { planId: view.plan?.id ?? null, version: view.plan?.version ?? 0, actionIds: view.actions.map((a) => a.id) };
}

async function openStreams(api: TrpcHttp): Promise<Stream[]> {
  const { items } = await api.query<{ items: { id: string }[] }>("clients.list", { limit: 50 });
  const streams: Stream[] = [];
  for (const { id } of items) {
    const plan = await planOf(api, id);
    if (plan.planId && plan.actionIds.length < 100)
      streams.push({
        clientId: id,
        planId: plan.planId,
        startVersion: plan.version,
        startActions: plan.actionIds.length,
        acked: [],
      });
    if (streams.length === STREAMS) break;
  }
  return streams;
}

/** Adds actions one after another until the server stops answering; records each acknowledged write. */
async function write(api: TrpcHttp, stream: Stream, onAck: () => void): Promise<void> {
  let version = stream.startVersion;
  for (;;) {
    let result: { version: number; action: { id: string } };
    try {
      result = await api.mutation("plans.addAction", {
        clientId: stream.clientId,
        planId: stream.planId,
        version,
        action: { domain: "legal", actionId: "rights-information", status: "planned" },
      });
    } catch {
      return; // the server died mid-request: this write was not acknowledged
    }
    stream.acked.push({ version: result.version, actionId: result.action.id });
    version = result.version;
    onAck();
  }
}

describe("SIGKILL in the middle of a stream of plan writes", () => {
  it("keeps every acknowledged write and never half of one", async () => {
    const api = await signInOverHttp(server.baseUrl, "caseworker@demo.test", DEMO_PASSWORD);
    const streams = await openStreams(api);
    expect(streams).toHaveLength(STREAMS);

    let acks = 0;
    let killed: Promise<void> | null = null;
    const onAck = () => {
      acks += 1;
      // Killed while the other streams have a request in flight.
      if (acks === ACKS_BEFORE_KILL) killed = server.kill("SIGKILL");
    };
    await Promise.all(streams.map((stream) => write(api, stream, onAck)));
    await killed;
    expect(acks).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    await server.restart();
    const after = await signInOverHttp(server.baseUrl, "caseworker@demo.test", DEMO_PASSWORD);
    for (const stream of streams) {
      const plan = await planOf(after, stream.clientId);
      const lastAcked = stream.acked.at(-1)?.version ?? stream.startVersion;
      // Every acknowledged action is there…
      for (const { actionId } of stream.acked) expect(plan.actionIds).toContain(actionId);
      // …at most the one write in flight at the kill went through as well, whole…
      expect(plan.version).toBeGreaterThanOrEqual(lastAcked);
      expect(plan.version).toBeLessThanOrEqual(lastAcked + 1);
      // …and no write is half-done: one action for each version step.
      expect(plan.actionIds.length - stream.startActions).toBe(plan.version - stream.startVersion);
    }
  });

  it("still accepts writes after the restart", async () => {
    const api = await signInOverHttp(server.baseUrl, "caseworker@demo.test", DEMO_PASSWORD);
    const [stream] = await openStreams(api);
    if (!stream) throw new Error("no plan to write to");
    const result = await api.mutation<{ version: number }>("plans.addAction", {
      clientId: stream.clientId,
      planId: stream.planId,
      version: stream.startVersion,
      action: { domain: "legal", actionId: "rights-information", status: "planned" },
    });
    expect(result.version).toBe(stream.startVersion + 1);
  });
});
