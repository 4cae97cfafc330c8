/**
 * Strings of the web app's own screens, one file per area in `messages/` (each exports `en` and
 * every other locale, with the same keys). Domain words (principles, domains, actions, statuses)
 * come from @gesim/core's catalogue.
 */
import { keysDefinedTwice, type Locale } from "@gesim/core";
import * as account from "./messages/account.ts";
import * as admin from "./messages/admin.ts";
import * as adminSettings from "./messages/admin-settings.ts";
import * as appointments from "./messages/appointments.ts";
import * as approvals from "./messages/approvals.ts";
import * as client from "./messages/client.ts";
import * as clientProfile from "./messages/client-profile.ts";
import * as clientRecords from "./messages/client-records.ts";
import * as clientTeam from "./messages/client-team.ts";
import * as complaints from "./messages/complaints.ts";
import * as dashboard from "./messages/dashboard.ts";
import * as documents from "./messages/documents.ts";
import * as funder from "./messages/funder.ts";
import * as journey from "./messages/journey.ts";
import * as operations from "./messages/operations.ts";
import * as plan from "./messages/plan.ts";
import * as planReview from "./messages/plan-review.ts";
import * as reminders from "./messages/reminders.ts";
import * as shell from "./messages/shell.ts";
import * as signInRecovery from "./messages/sign-in-recovery.ts";

const AREAS = [
  shell,
  plan,
  planReview,
  client,
  clientProfile,
  clientRecords,
  operations,
  clientTeam,
  dashboard,
  funder,
  journey,
  account,
  adminSettings,
  admin,
  signInRecovery,
  approvals,
  documents,
  appointments,
  reminders,
  complaints,
] as const;

function join(locale: Locale): Readonly<Record<string, string>> {
  return Object.assign({}, ...AREAS.map((area) => area[locale]));
}

export const en = join("en");
export const de = join("de");
export const it = join("it");
export const el = join("el");
export const es = join("es");
export const fr = join("fr");
export const ro = join("ro");
export const bg = join("bg");

/** Keys defined in more than one area (the later one would silently win): must stay empty. */
export function duplicateKeys(): string[] {
  return keysDefinedTwice(AREAS);
}
