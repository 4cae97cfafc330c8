import { z } from "zod";
import type { CITIZENSHIP_GROUPS } from "../plan/client-profile.ts";

/**
 * Her nationality, chosen from a list (never free text): ISO 3166-1 alpha-2 region codes (and
 * XK, Kosovo, as the EU uses it), or "stateless". Names come from the reader's language at
 * display time (Intl.DisplayNames), so the list needs no translation of its own.
 */
// biome-ignore format: a table of codes, read across
export const COUNTRY_CODES = [
  "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE",
  "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CC", "CD",
  "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK",
  "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD",
  "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HN", "HR",
  "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH",
  "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY",
  "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV",
  "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE",
  "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA",
  "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY",
  "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG",
  "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
] as const;
export const STATELESS = "stateless";
export const NATIONALITIES = [...COUNTRY_CODES, STATELESS] as const;
export type Nationality = (typeof NATIONALITIES)[number];
export const NationalitySchema = z.enum(NATIONALITIES, { error: "client.error.nationality" });

/** The 27 member states: their nationals are EU citizens (domain.md §8.1 step 2). */
// biome-ignore format: a table of codes, read across
export const EU_MEMBER_STATES = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
  "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
] as const satisfies readonly Nationality[];

/**
 * Nationals of the EEA states and Switzerland move freely like EU citizens, yet are not EU
 * citizens: which legal track applies is the caseworker's call, so their group is not derived.
 */
const FREE_MOVEMENT_NON_EU: readonly Nationality[] = ["CH", "IS", "LI", "NO"];

type CitizenshipGroup = (typeof CITIZENSHIP_GROUPS)[number];

/** The citizenship group her nationality implies, or undefined when it is the caseworker's call. */
export function citizenshipGroupOf(nationality: Nationality): CitizenshipGroup | undefined {
  if ((EU_MEMBER_STATES as readonly string[]).includes(nationality)) return "eu";
  if (FREE_MOVEMENT_NON_EU.includes(nationality)) return undefined;
  return "third-country";
}

/**
 * A nationality and a citizenship group that contradict each other (a Romanian recorded as a
 * third-country national): the message key, or null when they fit or either is missing.
 */
export function nationalityProblem(facts: {
  nationality?: Nationality | null | undefined;
  citizenship?: CitizenshipGroup | undefined;
}): "client.error.nationalityGroup" | null {
  if (!facts.nationality || !facts.citizenship) return null;
  const implied = citizenshipGroupOf(facts.nationality);
  return implied === undefined || implied === facts.citizenship ? null : "client.error.nationalityGroup";
}
