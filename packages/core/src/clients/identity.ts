import { z } from "zod";
import { IsoDateSchema } from "../plan/iso-date.ts";

/**
 * The identity vault (domain.md §7.2): her legal name, date of birth, contact and address,
 * kept apart from the pseudonymous record, encrypted, and read only by an audited break-glass
 * reveal with a justification.
 */
export const LEGAL_NAME_MAX_LENGTH = 200;
export const CONTACT_MAX_LENGTH = 300;
export const ADDRESS_MAX_LENGTH = 500;

export const IdentityDetailsSchema = z.object({
  legalName: z.string().trim().min(1).max(LEGAL_NAME_MAX_LENGTH).optional(),
  dateOfBirth: IsoDateSchema.optional(),
  contact: z.string().trim().min(1).max(CONTACT_MAX_LENGTH).optional(),
  address: z.string().trim().min(1).max(ADDRESS_MAX_LENGTH).optional(),
});
export type IdentityDetails = z.infer<typeof IdentityDetailsSchema>;

/** Why someone needs to see who she is; the category is audited, the justification is not. */
export const REVEAL_REASONS = [
  "legal-proceedings",
  "official-documents",
  "medical-emergency",
  "safety-emergency",
  "her-request",
  "other",
] as const;
export type RevealReason = (typeof REVEAL_REASONS)[number];

export const JUSTIFICATION_MIN_LENGTH = 15;
export const JUSTIFICATION_MAX_LENGTH = 1000;

export const RevealRequestSchema = z.object({
  reason: z.enum(REVEAL_REASONS),
  justification: z
    .string()
    .trim()
    .min(JUSTIFICATION_MIN_LENGTH, { error: "identity.error.justificationTooShort" })
    .max(JUSTIFICATION_MAX_LENGTH),
});
export type RevealRequest = z.infer<typeof RevealRequestSchema>;
