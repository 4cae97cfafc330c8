export { type AuditAnchor, AuditAnchorError, auditAnchorFrom } from "./audit/anchor.ts";
export { type AuditSealer, createAuditSealer } from "./audit/audit-sealer.ts";
export {
  type AuditEvent,
  GENESIS_HASH,
  hashAuditEvent,
  recordAudit,
  sealPendingAuditEvents,
  verifyAuditChains,
} from "./audit/record-audit.ts";
export { hashPassword } from "./auth/password.ts";
export {
  assertBatchAllowed,
  createRequestLimits,
  isExpensive,
  isSignInProcedure,
  MAX_BATCH_CALLS,
  type RequestLimits,
} from "./auth/request-limits.ts";
export { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, type SessionUser, sessionTouchIntervalMs } from "./auth/sessions.ts";
export { currentTotp } from "./auth/totp.ts";
export {
  type Context,
  type CreateContextOptions,
  createContext,
  DEFAULT_FUNDER_RELEASE_MAX_AGE_HOURS,
} from "./context.ts";
export { encryptLegacyNarrative, type NarrativeEncryptionCounts } from "./crypto/encrypt-legacy-narrative.ts";
export { createFieldCipher, type FieldCipher, FieldCipherError, generateKey, parseKey } from "./crypto/field-cipher.ts";
export { embeddedKeyPath, loadFieldCipher } from "./crypto/load-cipher.ts";
export { assertKeysReadData } from "./crypto/rotate-keys.ts";
// Reused by the benchmark's bulk seed (bench/): the demo's seeded random helpers and the audit hash chain.
export { integerBetween, pick, seededRandom } from "./demo/random.ts";
export {
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_USERS,
  SECOND_ORGANISATION,
  seedDemoIfEmpty,
} from "./demo/seed-demo.ts";
export { DEMO_NOTE_TEXTS } from "./demo/seed-notes.ts";
export { countOrganisations, createOrganisationWithAdmin } from "./operations/create-organisation.ts";
export {
  type DigestMail,
  type DigestOptions,
  type DigestReport,
  type SendMail,
  sendDailyDigests,
} from "./operations/daily-digest.ts";
export {
  loadMonthlyTrend,
  recordAllMonthlySnapshots,
  recordLiveSnapshot,
  type SnapshotReport,
} from "./operations/monthly-snapshots.ts";
export { applyRetention, type RetentionReport } from "./operations/retention.ts";
export { createSmtpSender } from "./operations/smtp-mail.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export {
  createIndicatorCache,
  DASHBOARD_FRESHNESS_MS,
  type IndicatorCache,
} from "./routers/dashboard/indicator-cache.ts";
export type { FieldErrors } from "./trpc.ts";
