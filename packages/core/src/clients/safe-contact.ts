import { z } from "zod";
import { CONTACT_CHANNELS, CONTACT_TIMES, type ContactChannel } from "./contact-channels.ts";
import { CODE_WORD_MAX_LENGTH } from "./exploitation.ts";

/**
 * How she may be contacted safely (issue 16): a trafficker or a partner may read her phone or
 * her post, so every letter, reminder and call follows these rules. Structured, never free
 * text, so reminders and letters can read them.
 */

export const SafeContactSchema = z.object({
  /** The channels she agreed to; at least one (only "in-person" means: in person only). */
  channels: z
    .array(z.enum(CONTACT_CHANNELS))
    .min(1, { error: "client.error.safeContactChannels" })
    .max(CONTACT_CHANNELS.length)
    .refine((list) => new Set(list).size === list.length, { error: "client.error.safeContactChannels" }),
  times: z
    .array(z.enum(CONTACT_TIMES))
    .max(CONTACT_TIMES.length)
    .refine((list) => new Set(list).size === list.length),
  /** Never leave a voicemail or a message with someone else. */
  neverLeaveMessage: z.boolean(),
  /**
   * The word she and her caseworker agreed on, so she knows a call or message is really from
   * us (and we know it is really her). Sensitive: stored encrypted, shown only on her record.
   */
  codeWord: z.string().trim().min(1).max(CODE_WORD_MAX_LENGTH, { error: "client.error.codeWordLength" }).optional(),
});
export type SafeContact = z.infer<typeof SafeContactSchema>;

/**
 * Whether she may be contacted by a channel: "not-recorded" until her rules are recorded (ask
 * her first), otherwise "allowed" or "never".
 */
export function contactPermission(
  rules: SafeContact | null | undefined,
  channel: ContactChannel,
): "allowed" | "never" | "not-recorded" {
  if (!rules) return "not-recorded";
  return rules.channels.includes(channel) ? "allowed" : "never";
}

/** The channels she must never be contacted by (shown beside her contact details). */
export function forbiddenChannels(rules: SafeContact): ContactChannel[] {
  return CONTACT_CHANNELS.filter((channel) => !rules.channels.includes(channel));
}
