import { randomBytes } from "node:crypto";

/**
 * A caseload search never puts the term (often part of a pseudonym) in a URL that can be
 * bookmarked, logged or sent on (issue 14, item 8). The form is POSTed; the term is kept here,
 * in this process, under a random key bound to the session, and the page redirects to
 * `/?s=<key>`. The key opens nothing for another session, and is gone after 15 minutes or a
 * restart: the page then asks to search again.
 */
const TTL_MS = 15 * 60_000;
const MAX_ENTRIES = 10_000;

type Entry = { term: string; owner: string; expiresAt: number };
const entries = new Map<string, Entry>();

function sweep(now: number) {
  for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
  // Oldest first (insertion order): a flood of searches cannot grow the map without bound.
  while (entries.size >= MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
}

/** Keeps `term` for the session `owner` (its token hash) and returns the key for the URL. */
export function rememberSearch(term: string, owner: string, now = Date.now()): string {
  sweep(now);
  const key = randomBytes(16).toString("base64url");
  entries.set(key, { term, owner, expiresAt: now + TTL_MS });
  return key;
}

/** The term kept under `key` for this session, or null (unknown, expired or another session's). */
export function recallSearch(key: string, owner: string, now = Date.now()): string | null {
  const entry = entries.get(key);
  if (!entry || entry.owner !== owner || entry.expiresAt <= now) return null;
  return entry.term;
}
