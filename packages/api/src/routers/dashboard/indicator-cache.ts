/**
 * A short, stated freshness window for the manager dashboard's SQL indicators (issue 8, ADR 008).
 * At 100k clients one computation costs ~0.5 s of database time per organisation and quarter,
 * so 16 managers reloading at once would queue for seconds. Within one server process a result
 * is reused for `freshForMs` (5 minutes) per (organisation, period, filters, day), and parallel
 * requests for the same key share one computation. Every answer states when it was computed and
 * how long figures are kept, and the page shows it: stale figures are never passed off as live.
 * Aggregates only (counts, medians, caseworker names of the organisation), in memory, never
 * across organisations (the organisation is part of the key). Nothing global: the web server
 * creates one and passes it in the request context; tests get none unless they ask.
 */
export const DASHBOARD_FRESHNESS_MS = 5 * 60_000;
const MAX_ENTRIES = 500;

export type Fresh<T> = { value: T; computedAt: Date };

export type IndicatorCache = {
  readonly freshForMs: number;
  get<T>(key: readonly unknown[], now: Date, compute: () => Promise<T>): Promise<Fresh<T>>;
};

export function createIndicatorCache(freshForMs = DASHBOARD_FRESHNESS_MS): IndicatorCache {
  const entries = new Map<string, { computedAt: Date; value: Promise<unknown> }>();
  return {
    freshForMs,
    async get<T>(key: readonly unknown[], now: Date, compute: () => Promise<T>): Promise<Fresh<T>> {
      const id = JSON.stringify(key);
      const hit = entries.get(id);
      if (hit && now.getTime() - hit.computedAt.getTime() < freshForMs && hit.computedAt.getTime() <= now.getTime()) {
        return { value: (await hit.value) as T, computedAt: hit.computedAt };
      }
      const entry = { computedAt: now, value: compute() as Promise<unknown> };
      entries.delete(id);
      entries.set(id, entry);
      // Bounded: the oldest entries go first (Map keeps insertion order).
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      try {
        return { value: (await entry.value) as T, computedAt: now };
      } catch (error) {
        // A failed computation is not kept: the next request computes again.
        if (entries.get(id) === entry) entries.delete(id);
        throw error;
      }
    },
  };
}
