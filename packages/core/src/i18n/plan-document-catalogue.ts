import { ACTIONS } from "../domains/action-catalogue.ts";
import { DOMAIN_IDS } from "../domains/domain-ids.ts";
import type { MessageKey } from "./catalogue.ts";
import * as planDocument from "./messages/plan-document.ts";
import { PLAN_DOCUMENT_TEXT_KEYS, type PlanDocumentKey, type PlanOnlyLocale } from "./plan-locales.ts";

/**
 * Every key her printed plan can use: the texts of the page and PDF, each domain's title
 * (beside her goals) and each action's plain-language description (her steps). A plan-only
 * language translates exactly these (messages/plan-document.ts); a staff language has them in
 * its full catalogue (core's and the web app's).
 */
export const PLAN_DOCUMENT_KEYS: readonly PlanDocumentKey[] = [
  ...PLAN_DOCUMENT_TEXT_KEYS,
  ...DOMAIN_IDS.map((id) => `domain.${id}.title` as const satisfies MessageKey),
  ...ACTIONS.map((action) => action.descriptionKey as PlanDocumentKey),
];

/** The plan-document catalogue of each language that exists only for her plan. */
export const PLAN_ONLY_MESSAGES: Readonly<Record<PlanOnlyLocale, Readonly<Record<PlanDocumentKey, string>>>> = {
  pt: planDocument.pt,
  sq: planDocument.sq,
  ar: planDocument.ar,
  zh: planDocument.zh,
};
