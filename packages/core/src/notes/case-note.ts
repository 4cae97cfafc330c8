import { z } from "zod";

export const NOTE_BODY_MAX_LENGTH = 5000;

/**
 * A case note's text. Stored only encrypted and every read is audited; shelter addresses
 * belong in the provider directory, never in a note (domain.md §7.2).
 */
export const NoteBodySchema = z.string().trim().min(1).max(NOTE_BODY_MAX_LENGTH);
