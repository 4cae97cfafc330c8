import { z } from "zod";
import type { ActionId } from "../domains/action-catalogue.ts";
import type { DomainId } from "../domains/domain-ids.ts";
import type { MessageKey, MessageParams } from "../i18n/catalogue.ts";
import { type ClientProfile, ClientProfileSchema } from "../plan/client-profile.ts";
import { type Disclosure, DisclosureSchema, type Plan, PlanSchema } from "../plan/plan.ts";
import type { PrincipleId } from "../principles/principle-ids.ts";

/**
 * How serious a finding is. `gap`: a principle's prerequisite is missing. `warning`: something
 * to look at soon. `info`: nothing wrong yet (e.g. still inside a deadline). `met`: the check passed.
 */
export const SEVERITIES = ["gap", "warning", "info", "met"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type SuggestedAction = { readonly domain: DomainId; readonly actionId: ActionId };

/** One result of one rule. Findings are data for support workers, never exceptions. */
export type Finding = {
  /** Stable within one check run: the rule id, plus the subject (action or goal id) if any. */
  readonly id: string;
  readonly ruleId: string;
  readonly principle: PrincipleId;
  readonly domain?: DomainId;
  readonly severity: Severity;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  readonly suggestedAction?: SuggestedAction;
  /**
   * The step this finding asks for is already in her plan (planned, running or done), so it is
   * in progress and nothing is to be added (see suggestion-recognition.ts).
   */
  readonly inPlan?: SuggestedAction;
};

/**
 * Country rules and programme choices are configuration, never hard-coded law
 * (domain.md §3.2, §9.2). Defaults are the domain reference's indicator windows.
 */
export const PlanCheckConfigSchema = z.object({
  /** Indicator 2.1: legal-needs assessment within 14 days of first contact. */
  legalAssessmentWithinDays: z.int().min(1).max(365).default(14),
  /** Warn this many days before the reflection period ends. [inference] */
  reflectionWarningDays: z.int().min(1).max(365).default(14),
  /** [inference] Quick access to services once identified [003:187 ¶55]; indicator 1.1. */
  firstServiceWithinDays: z.int().min(1).max(365).default(14),
  /** [inference] Plan review interval. */
  reviewIntervalDays: z.int().min(1).max(365).default(90),
  /** Indicator 8.1: safety plan and risk assessment reviewed in the last 90 days. */
  safetyReviewIntervalDays: z.int().min(1).max(365).default(90),
  /** [inference] More caseworker changes than this break continuity (indicator 9.2). */
  maxCaseworkerChanges: z.int().min(0).max(50).default(2),
  /**
   * [inference] Days after first contact during which an "offered" or "present" check only
   * informs: nobody could have acted on day one (issue 21 item 6).
   */
  graceDays: z.int().min(0).max(365).default(14),
  /** [inference] Children up to this age need childcare while she trains or works (P3). */
  childcareMaxAge: z.int().min(0).max(17).default(12),
  /** [inference] Warn this many days before her residence permit expires. */
  permitWarningDays: z.int().min(1).max(365).default(60),
});
export type PlanCheckConfig = z.infer<typeof PlanCheckConfigSchema>;

/**
 * A service provider her steps are referred to, as far as the checks need it: whether it is a
 * women-only service (P9, domain.md §1.7; issue 21 "Women-only services").
 */
export const ReferredProviderSchema = z.object({
  id: z.string().trim().min(1).max(100),
  isWomenOnly: z.boolean(),
});
export type ReferredProvider = z.infer<typeof ReferredProviderSchema>;

export const PlanCheckInputSchema = z.object({
  profile: ClientProfileSchema,
  plan: PlanSchema,
  /** Disclosures of her data to others, with the consent flag (indicator 9.4). */
  disclosures: z.array(DisclosureSchema).max(500).default([]),
  /** How often her named caseworker changed (indicator 9.2). */
  caseworkerChanges: z.int().min(0).max(100).default(0),
  /** The providers her steps are referred to (by `providerId`), with their women-only flag. */
  providers: z.array(ReferredProviderSchema).max(500).default([]),
  /** Her legal appointments (not cancelled) with an interpreter booked (issue 19; P2, P7). */
  legalAppointmentsWithInterpreter: z.int().min(0).max(1000).default(0),
  config: PlanCheckConfigSchema.default(PlanCheckConfigSchema.parse({})),
});
/** What callers pass in (config and lists may be left out). */
export type PlanCheckInput = z.input<typeof PlanCheckInputSchema>;

/** What each rule sees: the input with defaults filled in. */
export type PlanCheckContext = {
  readonly profile: ClientProfile;
  readonly plan: Plan;
  readonly disclosures: readonly Disclosure[];
  readonly caseworkerChanges: number;
  readonly providers: readonly ReferredProvider[];
  readonly legalAppointmentsWithInterpreter: number;
  readonly config: PlanCheckConfig;
};

export type PlanRule = {
  readonly id: string;
  /**
   * An "offered" or "present" check: inside the grace window after first contact (config
   * `graceDays`) its gaps and warnings are information only (rule-helpers `withGrace`).
   */
  readonly graceWindow?: boolean;
  readonly principle: PrincipleId;
  /** One English-source sentence saying what triggers the rule (docs, rules table, UI help). */
  readonly descriptionKey: MessageKey;
  /** Catalogue actions the rule may suggest (for the rules table and the catalogue test). */
  readonly suggests: readonly SuggestedAction[];
  check(context: PlanCheckContext, today: string): Finding[];
};
