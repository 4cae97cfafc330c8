import type { Locale } from "./locales.ts";
import * as account from "./messages/account.ts";
import * as actionDescriptions from "./messages/action-descriptions.ts";
import * as actionLabels from "./messages/action-labels.ts";
import * as admin from "./messages/admin.ts";
import * as appointments from "./messages/appointments.ts";
import * as assessments from "./messages/assessments.ts";
import * as clients from "./messages/clients.ts";
import * as common from "./messages/common.ts";
import * as complaints from "./messages/complaints.ts";
import * as consent from "./messages/consent.ts";
import * as digest from "./messages/digest.ts";
import * as disclosure from "./messages/disclosure.ts";
import * as documents from "./messages/documents.ts";
import * as domains from "./messages/domains.ts";
import * as funding from "./messages/funding.ts";
import * as indicators from "./messages/indicators.ts";
import * as ladderDomains from "./messages/ladder-domains.ts";
import * as plan from "./messages/plan.ts";
import * as planChecksP1P4 from "./messages/plan-checks-p1-p4.ts";
import * as planChecksP5P11 from "./messages/plan-checks-p5-p11.ts";
import * as planChecksSituation from "./messages/plan-checks-situation.ts";
import * as principles from "./messages/principles.ts";
import * as referrals from "./messages/referrals.ts";
import * as reminders from "./messages/reminders.ts";
import * as retention from "./messages/retention.ts";
import * as risk from "./messages/risk.ts";
import * as webSurface from "./messages/web-surface.ts";

/**
 * Every area of core keeps its messages in `messages/<area>.ts` with `en`, `de` and `it`
 * exports; this list joins them. The English file is the source of truth for the keys;
 * the type of `de`/`it` makes a missing key a compile error, and catalogue.test.ts checks
 * the same at run time.
 */
const AREAS = [
  common,
  actionLabels,
  actionDescriptions,
  principles,
  domains,
  risk,
  assessments,
  ladderDomains,
  plan,
  planChecksP1P4,
  planChecksP5P11,
  planChecksSituation,
  disclosure,
  consent,
  clients,
  referrals,
  appointments,
  reminders,
  complaints,
  admin,
  indicators,
  retention,
  funding,
  webSurface,
  account,
  digest,
  documents,
] as const;

type AreaKeys<A> = A extends { en: infer E } ? keyof E : never;
export type MessageKey = AreaKeys<(typeof AREAS)[number]>;
export type Messages = Readonly<Record<MessageKey, string>>;

function join(locale: Locale): Messages {
  return Object.assign({}, ...AREAS.map((area) => area[locale])) as Messages;
}

// Pure: a browser bundle that does not use the catalogues leaves them out (the web app sends
// the browser one locale's messages from the server instead).
export const MESSAGES: Readonly<Record<Locale, Messages>> = {
  en: /* @__PURE__ */ join("en"),
  de: /* @__PURE__ */ join("de"),
  it: /* @__PURE__ */ join("it"),
  el: /* @__PURE__ */ join("el"),
  es: /* @__PURE__ */ join("es"),
  fr: /* @__PURE__ */ join("fr"),
  ro: /* @__PURE__ */ join("ro"),
  bg: /* @__PURE__ */ join("bg"),
};

/** Keys that more than one of `areas` defines (a later area would silently win over an earlier one). */
export function keysDefinedTwice(areas: readonly { readonly en: object }[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const area of areas) {
    for (const key of Object.keys(area.en)) {
      if (seen.has(key)) duplicates.add(key);
      else seen.add(key);
    }
  }
  return [...duplicates];
}

/** Keys defined by more than one area of core: must stay empty. */
export function duplicateMessageKeys(): string[] {
  return keysDefinedTwice(AREAS);
}

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Looks up a message and fills `{{name}}` placeholders (the same syntax as the web app's
 * translator). An unknown key returns the key itself so a gap is visible, never a crash.
 */
export function translate(locale: Locale, key: MessageKey | string, params: MessageParams = {}): string {
  const template =
    (MESSAGES[locale] as Record<string, string>)[key] ?? (MESSAGES.en as Record<string, string>)[key] ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function isMessageKey(value: string): value is MessageKey {
  return value in MESSAGES.en;
}
