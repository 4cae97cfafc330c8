/**
 * What the web app's browser bundle may import from core: reference data and message
 * catalogues, without the zod schemas and rules (which stay on the server). The package's
 * main entry re-exports all of this too.
 */

export { canSeeClientContent, ROLES, type Role } from "./auth/roles.ts";
export { CLIENT_STATUSES, type ClientStatus } from "./clients/client-status.ts";
export { CONTACT_CHANNELS } from "./clients/contact-channels.ts";
export { EXPLOITATION_FORMS, HOUSING_SITUATIONS } from "./clients/exploitation.ts";
export { MESSAGES, type MessageKey } from "./i18n/catalogue.ts";
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./i18n/locales.ts";
export {
  isPlanLocale,
  PLAN_LOCALES,
  type PlanLocale,
  type PlanOnlyLocale,
  planLanguageChoices,
  textDirection,
} from "./i18n/plan-locales.ts";
export { ADMIN_ACTIVITY_AREA_IDS, type AdminActivityArea } from "./organisation/admin-activity.ts";
export {
  FEEDBACK_QUESTIONS,
  FEEDBACK_SCALE,
  type FeedbackQuestion,
  SECONDARY_VICTIMISATION_MAX,
} from "./plan/review-feedback-terms.ts";
