import { z } from "zod";
import { DOMAIN_IDS } from "../domains/domain-ids.ts";
import { LanguageTagSchema } from "../plan/client-profile.ts";

export const PROVIDER_NAME_MAX_LENGTH = 200;
export const PROVIDER_CONTACT_MAX_LENGTH = 1000;

/**
 * An entry of the organisation's service directory (domain.md §6.6). The contact may hold a
 * shelter's address: it is directory data, never a woman's data.
 */
export const ServiceProviderSchema = z.object({
  name: z.string().trim().min(1).max(PROVIDER_NAME_MAX_LENGTH),
  domains: z.array(z.enum(DOMAIN_IDS)).min(1).max(DOMAIN_IDS.length),
  /** Languages the service works in, as BCP 47 tags ("en", "ro"). */
  languages: z.array(LanguageTagSchema.transform((tag) => tag.toLowerCase())).max(20),
  isWomenOnly: z.boolean(),
  acceptsMothersWithChildren: z.boolean(),
  contact: z.string().trim().max(PROVIDER_CONTACT_MAX_LENGTH).optional(),
});
export type ServiceProvider = z.infer<typeof ServiceProviderSchema>;
