import { DEFAULT_DOCUMENT_MAX_BYTES } from "@gesim/core";
import type { Database, DbKind } from "@gesim/db";
import type { AuditSealer } from "./audit/audit-sealer.ts";
import type { RequestLimits } from "./auth/request-limits.ts";
import { resolveSession, type SessionUser } from "./auth/sessions.ts";
import type { FieldCipher } from "./crypto/field-cipher.ts";
import type { IndicatorCache } from "./routers/dashboard/indicator-cache.ts";

export type Context = {
  db: Database;
  dbKind: DbKind;
  session: SessionUser | null;
  /** Encrypts identity fields, notes and other free text at rest. */
  cipher: FieldCipher;
  now: Date;
  /** Per-account limits on sign-in and expensive calls; none in tests unless given. */
  limits: RequestLimits | null;
  /** Chains the request's audit events after it commits; none in tests unless given (events then stay pending). */
  auditSealer: AuditSealer | null;
  /** Age after which a stored funder release without noise is recomputed (ADR 009). */
  funderReleaseMaxAgeMs: number;
  /** The dashboard indicators' freshness window (ADR 008); none: computed on every request. */
  dashboardCache: IndicatorCache | null;
  /** The largest document a user may upload, in bytes (GESIM_DOCUMENT_MAX_MB; 10 MB by default). */
  documentMaxBytes: number;
};

/** GESIM_FUNDER_RELEASE_MAX_AGE_HOURS' default, set here only: a day, so late data entry shows up the next day. */
export const DEFAULT_FUNDER_RELEASE_MAX_AGE_HOURS = 24;
const DEFAULT_FUNDER_RELEASE_MAX_AGE_MS = DEFAULT_FUNDER_RELEASE_MAX_AGE_HOURS * 3_600_000;

export type CreateContextOptions = {
  db: Database;
  dbKind: DbKind;
  cipher: FieldCipher;
  /** The session token from the cookie or an `Authorization: Bearer` header. */
  sessionToken?: string | null | undefined;
  now?: Date;
  limits?: RequestLimits | null;
  auditSealer?: AuditSealer | null;
  /** Idle time after which a session ends (default SESSION_IDLE_MS, 30 minutes). */
  sessionIdleMs?: number;
  funderReleaseMaxAgeMs?: number;
  dashboardCache?: IndicatorCache | null;
  documentMaxBytes?: number;
};

/** Builds a request's context. Nothing global: the database and keys are passed in (tests pass theirs). */
export async function createContext({
  db,
  dbKind,
  cipher,
  sessionToken,
  now = new Date(),
  limits = null,
  auditSealer = null,
  sessionIdleMs,
  funderReleaseMaxAgeMs = DEFAULT_FUNDER_RELEASE_MAX_AGE_MS,
  dashboardCache = null,
  documentMaxBytes = DEFAULT_DOCUMENT_MAX_BYTES,
}: CreateContextOptions): Promise<Context> {
  const session = sessionToken ? await resolveSession(db, sessionToken, now, sessionIdleMs) : null;
  return {
    db,
    dbKind,
    session,
    cipher,
    now,
    limits,
    auditSealer,
    funderReleaseMaxAgeMs,
    dashboardCache,
    documentMaxBytes,
  };
}
