import { z } from "zod";
import type { Role } from "../auth/roles.ts";
import type { AgeBand } from "../indicators/case-record.ts";
import { PERMIT_TYPE_MAX_LENGTH } from "../organisation/country-rules.ts";
import {
  CHARGE_STATUSES,
  ChildSchema,
  ClientProfileSchema,
  COMPENSATION_CLAIM_STATUSES,
  MAX_CHILDREN,
  PERMIT_BASES,
  PROCEEDINGS_STATUSES,
  RIGHT_TO_WORK,
} from "../plan/client-profile.ts";
import { IsoDateSchema } from "../plan/iso-date.ts";
import type { ClientStatus } from "./client-status.ts";
import { EXPLOITATION_FORMS, HOUSING_SITUATIONS } from "./exploitation.ts";
import { InterpreterSchema } from "./interpreter.ts";
import { NationalitySchema, nationalityProblem } from "./nationality.ts";
import { SafeContactSchema } from "./safe-contact.ts";

/**
 * The age bands stored on her record: the indicators' bands (domain.md §5.5) except "unknown",
 * which is simply no band. Her date of birth stays in the identity vault.
 */
export const RECORDED_AGE_BANDS = ["18-24", "25-34", "35-44", "45+"] as const satisfies readonly AgeBand[];
export type RecordedAgeBand = (typeof RECORDED_AGE_BANDS)[number];

/** How she first came into contact (domain.md §8.1 step 1; [001:52, 000:60]). */
export const FIRST_CONTACT_CHANNELS = [
  "street-unit",
  "phone",
  "flat-or-club-visit",
  "police",
  "labour-inspection",
  "health-service",
  "refugee-centre",
  "other-ngo",
  "self-referral",
  "other",
] as const;
export type FirstContactChannel = (typeof FIRST_CONTACT_CHANNELS)[number];

const profile = ClientProfileSchema.shape;

/**
 * The profile facts kept on her pseudonymous record, with the rules of ClientProfileSchema.
 * Her choice about cooperating with the authorities is recorded here and never a condition.
 */
export const ClientFactsSchema = z.object({
  firstContactDate: profile.firstContactDate,
  firstContactChannel: z.enum(FIRST_CONTACT_CHANNELS).optional(),
  citizenship: profile.citizenship.optional(),
  ageBand: z.enum(RECORDED_AGE_BANDS).optional(),
  childrenCount: profile.children.shape.count,
  isPregnant: profile.isPregnant,
  languages: profile.languages,
  needsInterpreter: profile.needsInterpreter,
  legalStatus: profile.legalStatus.optional(),
  reflectionPeriodEnd: profile.reflectionPeriodEnd,
  /**
   * When her reflection period began (issue 17): with the organisation's configured length it
   * gives the end when no end date is entered (organisation/country-rules.ts).
   */
  reflectionPeriodStart: IsoDateSchema.optional(),
  identificationStatus: profile.identificationStatus,
  cooperationWithAuthorities: profile.cooperationWithAuthorities,
  isInTrainingOrWork: profile.isInTrainingOrWork,
  /**
   * Each child's age and where she or he lives, one entry per child (issue 21 item 8). Absent
   * leaves what is recorded unchanged; the plan checks ask for it while it is missing.
   */
  children: z.array(ChildSchema).max(MAX_CHILDREN).optional(),
  /** Her permit's basis, its expiry and her right to work (issue 21 item 3); absent leaves them unchanged. */
  permitBasis: z.enum(PERMIT_BASES).optional(),
  /**
   * Her permit's type, one of the organisation's configured permit types (country rules, issue
   * 17): its basis then follows the configuration. Null clears it; absent leaves it unchanged.
   */
  permitType: z.string().trim().min(1).max(PERMIT_TYPE_MAX_LENGTH).nullable().optional(),
  permitExpiresOn: IsoDateSchema.optional(),
  rightToWork: z.enum(RIGHT_TO_WORK).optional(),
  /**
   * Charges against her, proceedings against the traffickers and her compensation claim
   * (issue 21 "Non-punishment", "Compensation"); absent leaves them unchanged. Charges are a
   * fact about what others do to her, kept apart from her choice about cooperating.
   */
  chargesAgainstHer: z.enum(CHARGE_STATUSES).optional(),
  proceedings: z.enum(PROCEEDINGS_STATUSES).optional(),
  compensationClaim: z.enum(COMPENSATION_CLAIM_STATUSES).optional(),
  /**
   * Facts of the full intake (issue 16): her nationality, how she may be contacted safely, and
   * her interpreter need. Absent leaves what is recorded unchanged; null clears it.
   */
  nationality: NationalitySchema.nullable().optional(),
  safeContact: SafeContactSchema.nullable().optional(),
  /** Only kept while she needs an interpreter (`needsInterpreter`). */
  interpreter: InterpreterSchema.nullable().optional(),
  /** The forms of exploitation she survived (HTCDS types); absent leaves them unchanged. */
  exploitationForms: z
    .array(z.enum(EXPLOITATION_FORMS))
    .max(EXPLOITATION_FORMS.length)
    .refine((list) => new Set(list).size === list.length)
    .optional(),
  /** Where she lives now (P4); absent leaves it unchanged, null clears it. */
  housingSituation: z.enum(HOUSING_SITUATIONS).nullable().optional(),
});

/** A children list must have one entry per child (the count); null when it fits or is absent. */
export function childrenListProblem(facts: Pick<ClientFacts, "childrenCount" | "children">): string | null {
  if (facts.children === undefined || facts.children.length === facts.childrenCount) return null;
  return "plan.error.childrenListCount";
}
export type ClientFacts = z.infer<typeof ClientFactsSchema>;

/** The first contradiction between her facts (message key), or null: the checks ClientFactsSchema cannot make alone. */
export function clientFactsProblem(facts: ClientFacts): string | null {
  return childrenListProblem(facts) ?? nationalityProblem(facts);
}

/** The age band of an age in years, or undefined for a minor (she is never a client). */
export function ageBandOf(ageYears: number): RecordedAgeBand | undefined {
  if (ageYears < 18) return undefined;
  if (ageYears <= 24) return "18-24";
  if (ageYears <= 34) return "25-34";
  if (ageYears <= 44) return "35-44";
  return "45+";
}

/**
 * Only adult women are taken on; a girl is referred to child protection (ClientProfileSchema
 * `isAdult`). Returns the message key that explains the refusal, or null when she is an adult.
 */
export function intakeRefusal(answer: {
  isAdult: boolean;
  ageYears?: number | undefined;
}): "plan.error.minorIsReferral" | null {
  const isAdult = profile.isAdult.safeParse(answer.isAdult).success;
  const ageOk = answer.ageYears === undefined || profile.ageYears.safeParse(answer.ageYears).success;
  return isAdult && ageOk ? null : "plan.error.minorIsReferral";
}

/** A case can be closed (or its status changed) unless it is closed; only a closed case can be reopened. */
export function canClose(status: ClientStatus): boolean {
  return status !== "closed";
}

export function canReopen(status: ClientStatus): boolean {
  return status === "closed";
}

/** Who decides whom a client is shared with: a manager, or her own caseworker (not a colleague she was shared with). */
export function canManageSharing(
  actor: { role: Role; userId: string },
  client: { caseworkerId: string | null },
): boolean {
  return actor.role === "manager" || (actor.role === "caseworker" && client.caseworkerId === actor.userId);
}

export type ShareTargetProblem = "not-found" | "not-a-caseworker" | "already-her-caseworker";

/**
 * Whether a user can be given access to (or made responsible for) a client: she must be a
 * caseworker of the same organisation (`target` is null when she is not a member of it).
 */
export function shareTargetProblem(
  target: { userId: string; role: Role } | null,
  client: { caseworkerId: string | null },
): ShareTargetProblem | null {
  if (!target) return "not-found";
  if (target.role !== "caseworker") return "not-a-caseworker";
  if (target.userId === client.caseworkerId) return "already-her-caseworker";
  return null;
}
