/** The ways of reaching her; a channel not allowed is never used ("never contact by letter"). */
export const CONTACT_CHANNELS = ["phone-call", "text-message", "messenger", "email", "letter", "in-person"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** When she may be contacted; none chosen means at any time. */
export const CONTACT_TIMES = ["morning", "midday", "afternoon", "evening", "weekdays-only"] as const;
export type ContactTime = (typeof CONTACT_TIMES)[number];
