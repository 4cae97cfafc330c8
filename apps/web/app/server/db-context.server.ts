import type { AuditSealer, FieldCipher, RequestLimits } from "@gesim/api";
import type { DbHandle } from "@gesim/db";
import { createContext } from "react-router";

/**
 * The database handle, field cipher, per-account limits and audit sealer made at start-up, and the
 * deployment's idle time (sessions end after it without a request), for every loader and action.
 */
export const dbContext = createContext<DbHandle & { cipher: FieldCipher; limits: RequestLimits; auditSealer: AuditSealer; sessionIdleMs: number }>();
