import type { AuditSealer, FieldCipher, IndicatorCache, RequestLimits } from "@gesim/api";
import type { DbHandle } from "@gesim/db";
import { createContext } from "react-router";

/**
 * The database handle, field cipher, per-account limits and audit sealer made at start-up, the
 * deployment's idle time (sessions end after it without a request), the maximum age of a stored
 * funder release without noise, the dashboard indicators' freshness window and the largest document
 * upload, for every loader and action.
 */
export const dbContext = createContext<
  DbHandle & {
    cipher: FieldCipher;
    limits: RequestLimits;
    auditSealer: AuditSealer;
    sessionIdleMs: number;
    funderReleaseMaxAgeMs: number;
    dashboardCache: IndicatorCache;
    /** The largest document upload, in bytes (GESIM_DOCUMENT_MAX_MB). */
    documentMaxBytes: number;
  }
>();
