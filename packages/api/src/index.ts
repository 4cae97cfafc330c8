export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createContext, type Context, type CreateContextOptions } from "./context.ts";
export { createIndicatorCache, DASHBOARD_FRESHNESS_MS, type IndicatorCache } from "./routers/dashboard/indicator-cache.ts";
export { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionTouchIntervalMs, type SessionUser } from "./auth/sessions.ts";
export { hashPassword } from "./auth/password.ts";
export { currentTotp } from "./auth/totp.ts";
export { createFieldCipher, generateKey, parseKey, FieldCipherError, type FieldCipher } from "./crypto/field-cipher.ts";
export { loadFieldCipher, embeddedKeyPath } from "./crypto/load-cipher.ts";
export { recordAudit, sealPendingAuditEvents, verifyAuditChains, type AuditEvent } from "./audit/record-audit.ts";
export { createAuditSealer, type AuditSealer } from "./audit/audit-sealer.ts";
export { seedDemoIfEmpty, DEMO_PASSWORD, DEMO_USERS, DEMO_ORGANISATION, SECOND_ORGANISATION } from "./demo/seed-demo.ts";
export type { FieldErrors } from "./trpc.ts";
export { applyRetention, type RetentionReport } from "./operations/retention.ts";
export { DEMO_NOTE_TEXTS } from "./demo/seed-notes.ts";
export { createRequestLimits, isExpensive, type RequestLimits } from "./auth/request-limits.ts";
// Reused by the benchmark's bulk seed (bench/): the demo's seeded random helpers and the audit hash chain.
export { integerBetween, pick, seededRandom } from "./demo/random.ts";
export { GENESIS_HASH, hashAuditEvent } from "./audit/record-audit.ts";
