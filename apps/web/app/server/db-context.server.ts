import type { FieldCipher, IndicatorCache, RequestLimits } from "@gesim/api";
import type { DbHandle } from "@gesim/db";
import { createContext } from "react-router";

/**
 * The database handle, field cipher and per-account limits made at start-up, and the
 * deployment's idle time (sessions end after it without a request) and maximum age of a stored
 * funder release without noise, and the dashboard indicators' freshness window, for every loader and action.
 */
export const dbContext = createContext<DbHandle & { cipher: FieldCipher; limits: RequestLimits; sessionIdleMs: number; funderReleaseMaxAgeMs: number; dashboardCache: IndicatorCache }>();
