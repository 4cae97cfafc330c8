import { z } from "zod";
import { GasLevelSchema } from "../assessments/goal-attainment.ts";
import { getAction } from "../domains/action-catalogue.ts";
import { DOMAIN_IDS } from "../domains/domain-ids.ts";
import { IsoDateSchema } from "./iso-date.ts";

export const PLAN_STATUSES = ["draft", "submitted", "approved", "returned"] as const;
export const ACTION_STATUSES = ["planned", "in-progress", "done", "cancelled", "blocked"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Conditions a third party put on her support. Recorded only so the checks can flag them:
 * support must never depend on them (domain.md §1.7 P1, indicator 1.3; [000:142, 002:717, 004:171]).
 */
export const SUPPORT_CONDITIONS = [
  "cooperation-with-police",
  "cooperation-with-prosecution",
  "testimony-in-court",
  "leaving-prostitution",
  "formal-identification",
  "other",
] as const;
export type SupportCondition = (typeof SUPPORT_CONDITIONS)[number];

/** Barriers met when an action is blocked (domain.md §8.1 step 7; [004:50, 004:101]). */
export const BARRIER_REASONS = [
  "no-place-available",
  "waiting-list",
  "unsafe-housing",
  "no-childcare",
  "legal-status",
  "employment-blocked",
  "language",
  "cost",
  "documents-missing",
  "other",
] as const;

/** Closure reasons, domain.md §5.3 indicator 1.5. */
export const CLOSURE_REASONS = [
  "goals-met",
  "her-choice",
  "lost-contact",
  "funding-ended",
  "deported",
  "back-in-exploitation",
  "relocated",
  "other",
] as const;

export const ID_MAX_LENGTH = 64;
export const GOAL_TEXT_MAX_LENGTH = 500;
export const GAS_DESCRIPTION_MAX_LENGTH = 300;
export const ACTION_TEXT_MAX_LENGTH = 300;
export const NOTE_MAX_LENGTH = 2000;

const IdSchema = z.string().trim().min(1).max(ID_MAX_LENGTH);
const GasDescriptionSchema = z.string().trim().min(1).max(GAS_DESCRIPTION_MAX_LENGTH);

export const PlanGoalSchema = z.object({
  id: IdSchema,
  domain: z.enum(DOMAIN_IDS),
  /** Her goal, ideally in her own words (domain.md §1.7 P10; [000:118]). */
  text: z.string().trim().min(1, { error: "plan.error.goalTextRequired" }).max(GOAL_TEXT_MAX_LENGTH),
  inHerOwnWords: z.boolean(),
  /** Goal Attainment Scaling: what −2..+2 would look like for this goal, if written down. */
  gasLevels: z
    .object({
      minus2: GasDescriptionSchema,
      minus1: GasDescriptionSchema,
      zero: GasDescriptionSchema,
      plus1: GasDescriptionSchema,
      plus2: GasDescriptionSchema,
    })
    .partial()
    .optional(),
  currentGasLevel: GasLevelSchema,
  weight: z.int().min(1).max(10),
});
export type PlanGoal = z.infer<typeof PlanGoalSchema>;

export const PlanActionSchema = z
  .object({
    id: IdSchema,
    domain: z.enum(DOMAIN_IDS),
    /** A catalogue action id, or free text for anything the catalogue does not cover. */
    actionId: z.string().max(ID_MAX_LENGTH).optional(),
    freeText: z.string().trim().min(1).max(ACTION_TEXT_MAX_LENGTH).optional(),
    providerId: IdSchema.optional(),
    responsibleWorkerId: IdSchema.optional(),
    dueDate: IsoDateSchema.optional(),
    status: z.enum(ACTION_STATUSES),
    barrierReason: z.enum(BARRIER_REASONS).optional(),
    barrierNote: z.string().trim().max(ACTION_TEXT_MAX_LENGTH).optional(),
  })
  .refine((action) => action.actionId !== undefined || action.freeText !== undefined, {
    error: "plan.error.actionNeedsIdOrText",
    path: ["freeText"],
  })
  .refine((action) => action.actionId === undefined || getAction(action.actionId)?.domain === action.domain, {
    error: "plan.error.unknownAction",
    path: ["actionId"],
  })
  .refine((action) => action.status !== "blocked" || action.barrierReason !== undefined, {
    error: "plan.error.barrierRequired",
    path: ["barrierReason"],
  });
export type PlanAction = z.infer<typeof PlanActionSchema>;

export const AccommodationSchema = z.object({
  isSingleSex: z.boolean(),
  /** Her own rating at the last review (indicator 4.2). */
  ratedSafeByHer: z.enum(["yes", "no", "not-asked"]),
});
export type Accommodation = z.infer<typeof AccommodationSchema>;

export const PlanReviewSchema = z.object({
  date: IsoDateSchema,
  notes: z.string().trim().max(NOTE_MAX_LENGTH),
});

export const ClosureSchema = z.object({
  date: IsoDateSchema,
  reasons: z
    .array(z.enum(CLOSURE_REASONS))
    .min(1, { error: "plan.error.closureReasonRequired" })
    .max(CLOSURE_REASONS.length),
});

export const PlanSchema = z
  .object({
    status: z.enum(PLAN_STATUSES),
    agreedByClient: z.boolean(),
    agreedOn: IsoDateSchema.optional(),
    conditionsImposed: z.array(z.enum(SUPPORT_CONDITIONS)).max(SUPPORT_CONDITIONS.length),
    goals: z.array(PlanGoalSchema).max(50),
    actions: z.array(PlanActionSchema).max(200),
    /** Absent when the programme does not house her. */
    accommodation: AccommodationSchema.optional(),
    lastReviewDate: IsoDateSchema.optional(),
    /** Last review of her safety plan or risk assessment (indicator 8.1). */
    lastSafetyReviewDate: IsoDateSchema.optional(),
    reviews: z.array(PlanReviewSchema).max(100),
    closure: ClosureSchema.optional(),
  })
  .refine((plan) => !plan.agreedByClient || plan.agreedOn !== undefined, {
    error: "plan.error.agreementDateRequired",
    path: ["agreedOn"],
  });
export type Plan = z.infer<typeof PlanSchema>;

/** Where a disclosure of her data went (domain.md §7.2 "Consent", indicator 9.4). */
export const DISCLOSURE_RECIPIENTS = [
  "police",
  "prosecution",
  "immigration",
  "other-ngo",
  "researcher",
  "funder",
  "other",
] as const;
export const DisclosureSchema = z.object({
  date: IsoDateSchema,
  recipient: z.enum(DISCLOSURE_RECIPIENTS),
  hasConsent: z.boolean(),
});
export type Disclosure = z.infer<typeof DisclosureSchema>;

/** An action that still counts: planned, running or done. */
export function isLiveAction(action: Pick<PlanAction, "status">): boolean {
  return action.status === "planned" || action.status === "in-progress" || action.status === "done";
}
