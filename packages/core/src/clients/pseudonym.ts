import { z } from "zod";
import type { RandomSource } from "../disclosure/random-source.ts";

/**
 * Pseudonyms are the only name a woman has in the working views (domain.md §7.2 "Data
 * minimisation"). Generated ones are a plant name and a number ("Willow-042"): clearly
 * fictional, never a real person's name, easy to say on the phone.
 */
export const PSEUDONYM_WORDS = [
  "Aster",
  "Birch",
  "Clover",
  "Dahlia",
  "Elder",
  "Fern",
  "Gorse",
  "Hazel",
  "Iris",
  "Juniper",
  "Kale",
  "Laurel",
  "Myrtle",
  "Nettle",
  "Olive",
  "Poppy",
  "Quince",
  "Rowan",
  "Sorrel",
  "Tansy",
  "Umbel",
  "Violet",
  "Willow",
  "Yarrow",
  "Zinnia",
] as const;

export const PSEUDONYM_MAX_LENGTH = 40;

/** A chosen pseudonym: letters, digits, spaces and hyphens; no punctuation that could carry more. */
export const PseudonymSchema = z
  .string()
  .trim()
  .min(2)
  .max(PSEUDONYM_MAX_LENGTH)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, { error: "clients.error.pseudonymFormat" });

/** Numbers 001–999 give 24,975 codes: plenty for one organisation, and collisions stay rare. */
const NUMBER_MAX = 999;

/**
 * A fresh pseudonym from a random source returning numbers in [0, 1) (Math.random, a seeded
 * generator in tests). Pure: the caller retries when the code is already taken.
 */
export function generatePseudonym(random: RandomSource): string {
  const word =
    PSEUDONYM_WORDS[Math.min(PSEUDONYM_WORDS.length - 1, Math.floor(random() * PSEUDONYM_WORDS.length))] ?? "Willow";
  const number = 1 + Math.min(NUMBER_MAX - 1, Math.floor(random() * NUMBER_MAX));
  return `${word}-${String(number).padStart(3, "0")}`;
}
