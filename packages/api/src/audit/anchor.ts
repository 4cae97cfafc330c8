import { createHmac, timingSafeEqual } from "node:crypto";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { and, auditChainHeads, auditEvents, type Database, DEFAULT_DATA_DIR, eq, gt, sql } from "@gesim/db";

/**
 * The audit trail's anchor outside the database (issue 15, ADR 014): an append-only file of
 * JSON lines, each signed with HMAC-SHA256 under GESIM_AUDIT_KEY (a key the database never
 * holds), that operators ship elsewhere (log shipper, WORM storage). It holds
 *  - checkpoints: after each sealing run, per chain (organisation id or "system"): the sealed
 *    `seq`, the head `hash` and the time. `audit:verify` fails when a chain no longer reaches its
 *    latest checkpoint, so deleting the newest events and rewinding the head is detected;
 *  - the erasure register: client ids, their organisation, the part erased, the chain position
 *    and the time of each erasure (no personal data), so a restore re-applies erasures that
 *    postdate its backup;
 *  - restore markers: a restore rewinds the chains on purpose; checkpoints before it no longer apply.
 * Without a key nothing is signed: checkpoints are not written (a chain cannot be anchored by
 * anyone who can also rewrite the file) and the erasure register is written unsigned.
 */
export type AuditAnchor = { path: string; key: Buffer | null };

export type Checkpoint = { kind: "checkpoint"; chain: string; seq: number; hash: string; at: string };
export type ErasureEntry = {
  kind: "erasure";
  organisationId: string;
  clientId: string;
  part: "all" | "narrative" | "identity";
  /** The erasure's audit event: its place in the organisation's chain. */
  seq: number;
  at: string;
};
export type RestoreMarker = { kind: "restore"; chain: string; seq: number; hash: string; at: string };
export type AnchorEntry = Checkpoint | ErasureEntry | RestoreMarker;

export class AuditAnchorError extends Error {
  override name = "AuditAnchorError";
}

/** Where the anchor file lives without GESIM_AUDIT_ANCHOR_FILE: beside the embedded data folder. */
export function defaultAnchorPath(dataDir = DEFAULT_DATA_DIR): string {
  return join(dirname(dataDir), `${basename(dataDir)}.audit-anchor.jsonl`);
}

/** GESIM_AUDIT_KEY (base64 or hex, at least 32 bytes) and GESIM_AUDIT_ANCHOR_FILE, as given. */
export function auditAnchorFrom(source: {
  key?: string | undefined;
  file?: string | undefined;
  dataDir?: string | undefined;
}): AuditAnchor {
  let key: Buffer | null = null;
  if (source.key) {
    key = /^[0-9a-f]+$/i.test(source.key) ? Buffer.from(source.key, "hex") : Buffer.from(source.key, "base64");
    if (key.length < 32)
      throw new AuditAnchorError("GESIM_AUDIT_KEY must hold at least 32 bytes (openssl rand -base64 32)");
  }
  return { path: source.file || defaultAnchorPath(source.dataDir || DEFAULT_DATA_DIR), key };
}

function canonical(entry: AnchorEntry): string {
  // Fixed field order, so the MAC does not depend on how an object was built.
  const order: Record<AnchorEntry["kind"], string[]> = {
    checkpoint: ["kind", "chain", "seq", "hash", "at"],
    restore: ["kind", "chain", "seq", "hash", "at"],
    erasure: ["kind", "organisationId", "clientId", "part", "seq", "at"],
  };
  return JSON.stringify(order[entry.kind].map((field) => (entry as Record<string, unknown>)[field]));
}

function mac(key: Buffer, entry: AnchorEntry): string {
  return createHmac("sha256", key).update(canonical(entry)).digest("hex");
}

/** Appends entries as signed lines and syncs the file to disk (created with mode 0600). */
export function appendAnchorEntries(anchor: AuditAnchor, entries: readonly AnchorEntry[]): void {
  if (entries.length === 0) return;
  mkdirSync(dirname(anchor.path), { recursive: true });
  const lines = entries
    .map((entry) => `${JSON.stringify({ ...entry, mac: anchor.key ? mac(anchor.key, entry) : null })}\n`)
    .join("");
  const fd = openSync(anchor.path, "a", 0o600);
  try {
    writeSync(fd, lines);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export type AnchorContents = {
  entries: AnchorEntry[];
  /** Lines that do not parse or whose MAC does not verify under the key (never used). */
  rejected: number;
};

/** Reads the file; with a key, only correctly signed entries count. A missing file is empty. */
export function readAnchor(anchor: AuditAnchor): AnchorContents {
  if (!existsSync(anchor.path)) return { entries: [], rejected: 0 };
  const entries: AnchorEntry[] = [];
  let rejected = 0;
  for (const line of readFileSync(anchor.path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    try {
      const { mac: signature, ...entry } = JSON.parse(line) as AnchorEntry & { mac: string | null };
      if (!["checkpoint", "erasure", "restore"].includes(entry.kind)) throw new Error("unknown entry");
      if (anchor.key) {
        const expected = Buffer.from(mac(anchor.key, entry), "hex");
        const given = Buffer.from(typeof signature === "string" ? signature : "", "hex");
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error("bad mac");
      }
      entries.push(entry);
    } catch {
      rejected += 1;
    }
  }
  return { entries, rejected };
}

function erasurePart(action: string): ErasureEntry["part"] {
  if (action.startsWith("retention.erase:narrative")) return "narrative";
  if (action.startsWith("retention.erase:identity")) return "identity";
  return "all";
}

/**
 * Writes what the sealer has chained since the last entries: the erasures among the newly
 * sealed events (from their audit events, so only committed erasures are registered), at once,
 * and a checkpoint per chain whose head moved (only with a key), at most once per
 * `checkpointEveryMs` per chain unless `force` (shutdown, scripts), so a busy server does not
 * write a line per request. Keeps positions in memory; the first call reads the file. Runs as
 * the tables' owner, after sealing.
 */
export function createAnchorWriter(anchor: AuditAnchor, { checkpointEveryMs = 60_000 } = {}) {
  let scanned: Map<string, number> | null = null;
  const checkpointed = new Map<string, { seq: number; at: number }>();
  const lastPositions = () => {
    const positions = new Map<string, number>();
    for (const entry of readAnchor(anchor).entries) {
      const chain = entry.kind === "erasure" ? entry.organisationId : entry.chain;
      // A restore rewinds on purpose: from there on its position counts, even if lower.
      positions.set(chain, entry.kind === "restore" ? entry.seq : Math.max(positions.get(chain) ?? 0, entry.seq));
    }
    return positions;
  };
  /** Returns how many erasures it registered (the sealer then vacuums the erasure tables). */
  return async function writeAnchor(db: Database, now: Date, force = false): Promise<number> {
    scanned ??= lastPositions();
    const heads = await db.select().from(auditChainHeads);
    const entries: AnchorEntry[] = [];
    let erasureCount = 0;
    for (const head of heads) {
      const from = scanned.get(head.chain) ?? 0;
      if (head.lastSeq > from) {
        const erasures = await db
          .select({
            seq: auditEvents.seq,
            action: auditEvents.action,
            entityId: auditEvents.entityId,
            createdAt: auditEvents.createdAt,
          })
          .from(auditEvents)
          .where(
            and(
              eq(auditEvents.chain, head.chain),
              gt(auditEvents.seq, from),
              eq(auditEvents.entityType, "client"),
              eq(auditEvents.outcome, "ok"),
              sql`(${auditEvents.action} like 'client.erase:%' or ${auditEvents.action} like 'retention.erase:%')`,
            ),
          )
          .orderBy(auditEvents.seq);
        for (const e of erasures) {
          if (!e.entityId || e.seq === null || head.chain === "system" || e.seq > head.lastSeq) continue;
          erasureCount += 1;
          entries.push({
            kind: "erasure",
            organisationId: head.chain,
            clientId: e.entityId,
            part: erasurePart(e.action),
            seq: e.seq,
            at: e.createdAt.toISOString(),
          });
        }
        scanned.set(head.chain, head.lastSeq);
      }
      const last = checkpointed.get(head.chain);
      const due = force || !last || now.getTime() - last.at >= checkpointEveryMs || now.getTime() < last.at;
      if (anchor.key && head.lastSeq > 0 && head.lastSeq !== last?.seq && due) {
        entries.push({
          kind: "checkpoint",
          chain: head.chain,
          seq: head.lastSeq,
          hash: head.lastHash,
          at: now.toISOString(),
        });
        checkpointed.set(head.chain, { seq: head.lastSeq, at: now.getTime() });
      }
    }
    appendAnchorEntries(anchor, entries);
    return erasureCount;
  };
}

/** After a restore: every restored chain starts again from its restored head (signed when a key is set). */
export async function markRestore(db: Database, anchor: AuditAnchor, now: Date): Promise<void> {
  const heads = await db.select().from(auditChainHeads);
  appendAnchorEntries(
    anchor,
    heads.map((h) => ({ kind: "restore", chain: h.chain, seq: h.lastSeq, hash: h.lastHash, at: now.toISOString() })),
  );
}

export type CheckpointVerification = {
  anchored: boolean;
  rejected: number;
  /** Chains that no longer reach their latest checkpoint (ids only). */
  broken: { chain: string; seq: number }[];
  checked: number;
};

/**
 * Whether every chain still reaches its latest checkpoint (since its latest restore marker):
 * the event at the checkpoint's `seq` must be there with the checkpoint's hash, and the head
 * at or beyond it. With `verifyAuditChains` checking the chain from 1 to its head, this shows the
 * chain was neither cut short nor rewritten below the checkpoint. Without a key: not anchored.
 */
export async function verifyCheckpoints(db: Database, anchor: AuditAnchor): Promise<CheckpointVerification> {
  if (!anchor.key) return { anchored: false, rejected: 0, broken: [], checked: 0 };
  const { entries, rejected } = readAnchor(anchor);
  const latest = new Map<string, { seq: number; hash: string }>();
  for (const entry of entries) {
    if (entry.kind === "erasure") continue;
    const before = latest.get(entry.chain);
    if (entry.kind === "restore" || !before || entry.seq >= before.seq)
      latest.set(entry.chain, { seq: entry.seq, hash: entry.hash });
  }
  const broken: { chain: string; seq: number }[] = [];
  for (const [chain, checkpoint] of latest) {
    if (checkpoint.seq === 0) continue;
    const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.chain, chain));
    const [event] = await db
      .select({ hash: auditEvents.hash })
      .from(auditEvents)
      .where(and(eq(auditEvents.chain, chain), eq(auditEvents.seq, checkpoint.seq)));
    if (!head || head.lastSeq < checkpoint.seq || event?.hash !== checkpoint.hash)
      broken.push({ chain, seq: checkpoint.seq });
  }
  return { anchored: true, rejected, broken, checked: latest.size };
}

/** One line per finding, ids and counts only. */
export function formatCheckpointReport(result: CheckpointVerification): string[] {
  if (!result.anchored) return ["Checkpoints: not anchored outside the database (GESIM_AUDIT_KEY is not set)."];
  const lines = result.broken.map(
    ({ chain, seq }) => `${chain}: NO LONGER REACHES its checkpoint at event ${seq} (cut short or rewritten)`,
  );
  if (result.rejected > 0)
    lines.push(`${result.rejected} line(s) of the checkpoint file are unreadable or wrongly signed.`);
  if (lines.length === 0) lines.push(`Checkpoints: ${result.checked} chain(s) reach their latest checkpoint.`);
  return lines;
}
