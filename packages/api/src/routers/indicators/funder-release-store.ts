import { and, type Database, eq, funderReleases } from "@gesim/db";
import type { FunderRelease } from "./funder-release.ts";

/**
 * Stored funder releases (ADR 009, issue 8): a complete quarter's release is a publication,
 * stored once per (relationship, covered organisations, quarter, dimensions) whether noised or
 * not, and looked up before any case record is read. A noised release is never replaced (its
 * noise and its ledger spend stand); one without noise is recomputed once it is older than the
 * deployment's maximum age, or when what protects it changed (k, or ε set since).
 */
export type ReleaseKey = {
  relationshipId: string;
  organisationIds: readonly string[];
  quarter: string;
  dimensions: readonly string[];
};

/** What a release must satisfy today: the covered organisations' strictest k (at least 5) and whether ε applies. */
export type ReleaseProtection = { k: number; resolution: number; differentiallyPrivate: boolean };

export type StoredRelease = { id: string; release: FunderRelease; differentiallyPrivate: boolean; createdAt: Date };

function keyColumns(key: ReleaseKey) {
  return {
    relationshipId: key.relationshipId,
    organisations: key.organisationIds.join(","),
    period: key.quarter,
    dimensions: key.dimensions.join("+"),
  };
}

export async function findStoredRelease(db: Database, key: ReleaseKey): Promise<StoredRelease | undefined> {
  const k = keyColumns(key);
  const [row] = await db
    .select({
      id: funderReleases.id,
      release: funderReleases.release,
      differentiallyPrivate: funderReleases.differentiallyPrivate,
      createdAt: funderReleases.createdAt,
    })
    .from(funderReleases)
    .where(
      and(
        eq(funderReleases.relationshipId, k.relationshipId),
        eq(funderReleases.organisations, k.organisations),
        eq(funderReleases.period, k.period),
        eq(funderReleases.dimensions, k.dimensions),
      ),
    );
  return row && { ...row, release: row.release as FunderRelease };
}

/** A noised release always stands; one without noise while it is younger than `maxAgeMs` and still protected as today's rules ask. */
export function isCurrent(stored: StoredRelease, protection: ReleaseProtection, now: Date, maxAgeMs: number): boolean {
  if (stored.differentiallyPrivate) return true;
  if (protection.differentiallyPrivate) return false;
  if (stored.release.report.methodology.k !== protection.k) return false;
  if (stored.release.report.methodology.resolution !== protection.resolution) return false;
  return now.getTime() - stored.createdAt.getTime() < maxAgeMs;
}

/**
 * Stores a new release, or refreshes the stored one without noise (the caller holds the
 * relationship lock and has checked it is not current). Row-level security refuses any update
 * of a noised release (migration 0008); the condition here says the same.
 */
export async function saveRelease(
  db: Database,
  key: ReleaseKey,
  release: FunderRelease,
  differentiallyPrivate: boolean,
  now: Date,
  replacing: StoredRelease | undefined,
): Promise<void> {
  if (!replacing) {
    await db.insert(funderReleases).values({ ...keyColumns(key), release, differentiallyPrivate, createdAt: now });
    return;
  }
  const updated = await db
    .update(funderReleases)
    .set({ release, differentiallyPrivate, createdAt: now })
    .where(and(eq(funderReleases.id, replacing.id), eq(funderReleases.differentiallyPrivate, false)))
    .returning({ id: funderReleases.id });
  // Unreachable under the lock; never hand out a release that was not stored.
  if (updated.length !== 1) throw new Error("funder release not refreshed");
}

/** A quarter's publication for a coverage: every stored release of it, by dimension key ("+"-joined codes). */
export async function findPublication(
  db: Database,
  key: Omit<ReleaseKey, "dimensions">,
): Promise<Map<string, StoredRelease>> {
  const k = keyColumns({ ...key, dimensions: [] });
  const rows = await db
    .select({
      id: funderReleases.id,
      dimensions: funderReleases.dimensions,
      release: funderReleases.release,
      differentiallyPrivate: funderReleases.differentiallyPrivate,
      createdAt: funderReleases.createdAt,
    })
    .from(funderReleases)
    .where(
      and(
        eq(funderReleases.relationshipId, k.relationshipId),
        eq(funderReleases.organisations, k.organisations),
        eq(funderReleases.period, k.period),
      ),
    );
  return new Map(rows.map(({ dimensions, ...row }) => [dimensions, { ...row, release: row.release as FunderRelease }]));
}

/**
 * Stores a whole publication without noise (issue 15): every dimension set, built from ONE read
 * of the case records, with one time, so every view of the quarter until the next refresh equals
 * what that single snapshot gives. A noised release already stored for a dimension set stands
 * (never replaced); every other one is inserted or refreshed. The caller holds the relationship lock.
 */
export async function savePublication(
  db: Database,
  key: Omit<ReleaseKey, "dimensions">,
  releases: ReadonlyMap<string, FunderRelease>,
  now: Date,
): Promise<void> {
  const existing = await findPublication(db, key);
  for (const [dimensions, release] of releases) {
    const stored = existing.get(dimensions);
    if (stored?.differentiallyPrivate) continue;
    await saveRelease(
      db,
      { ...key, dimensions: dimensions === "" ? [] : dimensions.split("+") },
      release,
      false,
      now,
      stored,
    );
  }
}
