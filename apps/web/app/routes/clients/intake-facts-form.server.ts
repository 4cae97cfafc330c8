import {
  CHARGE_STATUSES,
  CHILD_RESIDENCES,
  COMMON_LANGUAGE_TAGS,
  COMPENSATION_CLAIM_STATUSES,
  CONTACT_CHANNELS,
  CONTACT_TIMES,
  COUNTRY_CODES,
  EXPLOITATION_FORMS,
  HOUSING_SITUATIONS,
  INTERPRETER_GENDERS,
  INTERPRETER_MODES,
  type Locale,
  MAX_CHILDREN,
  PERMIT_BASES,
  PROCEEDINGS_STATUSES,
  RIGHT_TO_WORK,
} from "@gesim/core";
import { NO_PERMIT_TYPE } from "../../components/client/permit-fields.tsx";
import { checked, integer, text } from "./form-data.server.ts";

/**
 * The full intake's facts as the forms post them (issue 16): nationality, safe-contact rules,
 * the interpreter need and one row per child, turned into what ClientFactsSchema checks; and
 * the zod paths turned back into the names of the fields that show the errors.
 */

export type NamedOption = { value: string; label: string };

/** Countries and languages by name in the reader's language, sorted as she reads them. */
export function namedLists(locale: Locale): { countries: NamedOption[]; languages: NamedOption[] } {
  const regions = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const languages = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  const collator = new Intl.Collator(locale);
  const sorted = (list: NamedOption[]) => list.sort((a, b) => collator.compare(a.label, b.label));
  return {
    countries: sorted(COUNTRY_CODES.map((code) => ({ value: code, label: regions.of(code) ?? code }))),
    languages: sorted(COMMON_LANGUAGE_TAGS.map((tag) => ({ value: tag, label: languages.of(tag) ?? tag }))),
  };
}

export const INTAKE_FACT_OPTIONS = {
  contactChannels: CONTACT_CHANNELS,
  contactTimes: CONTACT_TIMES,
  interpreterGenders: INTERPRETER_GENDERS,
  interpreterModes: INTERPRETER_MODES,
  childResidences: CHILD_RESIDENCES,
  maxChildren: MAX_CHILDREN,
  chargeStatuses: CHARGE_STATUSES,
  proceedingsStatuses: PROCEEDINGS_STATUSES,
  compensationClaimStatuses: COMPENSATION_CLAIM_STATUSES,
  exploitationForms: EXPLOITATION_FORMS,
  housingSituations: HOUSING_SITUATIONS,
  permitBases: PERMIT_BASES,
  rightToWork: RIGHT_TO_WORK,
};

/** Her permit type as posted: empty leaves the recorded one, "none" clears it (permit-fields.tsx). */
function permitTypeFromForm(form: FormData): string | null | undefined {
  const type = text(form, "permitType");
  return type === NO_PERMIT_TYPE ? null : type;
}

/** The most language lines read (core ClientProfileSchema keeps at most ten). */
const LANGUAGE_ROWS = 10;

/** The languages chosen, one per line, in order and each once (the lines' values are ISO 639 codes). */
export function languagesFromForm(form: FormData): string[] {
  const chosen: string[] = [];
  for (let row = 0; row < LANGUAGE_ROWS; row += 1) {
    const tag = text(form, `language-${row}`);
    if (tag && !chosen.includes(tag)) chosen.push(tag);
  }
  return chosen;
}

/** Her safe-contact rules, or null when nothing was ticked (she has not been asked yet). */
function safeContactFromForm(form: FormData) {
  const channels = CONTACT_CHANNELS.filter((channel) => checked(form, `channel-${channel}`));
  const times = CONTACT_TIMES.filter((time) => checked(form, `time-${time}`));
  const neverLeaveMessage = checked(form, "neverLeaveMessage");
  const codeWord = text(form, "codeWord");
  if (channels.length === 0 && times.length === 0 && !neverLeaveMessage && !codeWord) return null;
  return { channels, times, neverLeaveMessage, ...(codeWord ? { codeWord } : {}) };
}

function interpreterFromForm(form: FormData) {
  if (!checked(form, "needsInterpreter")) return null;
  return {
    language: text(form, "interpreterLanguage"),
    gender: text(form, "interpreterGender") ?? "",
    mode: text(form, "interpreterMode") ?? "",
  };
}

/** The posted child rows that hold anything, with the row each came from. */
function postedChildRows(form: FormData) {
  const rows: { row: number; age: number | undefined; livesWith: string | undefined }[] = [];
  for (let row = 0; row < MAX_CHILDREN; row += 1) {
    const age = integer(form, `child-${row}-age`);
    const livesWith = text(form, `child-${row}-livesWith`);
    if (age !== undefined || livesWith !== undefined) rows.push({ row, age, livesWith });
  }
  return rows;
}

/**
 * Each child's age and home. No row filled: an empty list for a woman without children,
 * otherwise absent (what is recorded stays; the plan check asks for it).
 */
function childrenFromForm(form: FormData, count: number | undefined) {
  const rows = postedChildRows(form);
  if (rows.length === 0) return count === 0 ? [] : undefined;
  return rows.map(({ age, livesWith }) => ({ age, livesWith: livesWith ?? "" }));
}

/** The intake facts beyond the first form's: for factsFromForm. */
export function intakeFactsFromForm(form: FormData, childrenCount: number | undefined) {
  return {
    nationality: text(form, "nationality") ?? null,
    exploitationForms: EXPLOITATION_FORMS.filter((exploitation) => checked(form, `exploitation-${exploitation}`)),
    housingSituation: text(form, "housingSituation") ?? null,
    safeContact: safeContactFromForm(form),
    interpreter: interpreterFromForm(form),
    children: childrenFromForm(form, childrenCount),
    // Not chosen ("not recorded"): absent, so what is recorded stays (issue 21).
    chargesAgainstHer: text(form, "chargesAgainstHer"),
    proceedings: text(form, "proceedings"),
    compensationClaim: text(form, "compensationClaim"),
    permitType: permitTypeFromForm(form),
    permitBasis: text(form, "permitBasis"),
    permitExpiresOn: text(form, "permitExpiresOn"),
    rightToWork: text(form, "rightToWork"),
    reflectionPeriodStart: text(form, "reflectionPeriodStart"),
  };
}

/** The form field that shows the error of a zod path ("children.1.age" → the second filled row's age). */
export function factFieldName(form: FormData): (path: string) => string {
  const rows = postedChildRows(form);
  return (path) => {
    const [head = path, index, field] = path.split(".");
    if (head === "children" && index !== undefined && field !== undefined) {
      const row = rows[Number(index)]?.row;
      return row === undefined ? "children" : `child-${row}-${field}`;
    }
    if (head === "languages") return "languages";
    if (head === "safeContact" && index === "codeWord") return "codeWord";
    if (head === "interpreter") return index === "language" ? "interpreterLanguage" : `interpreter${cap(index)}`;
    return head;
  };
}

function cap(value: string | undefined): string {
  return value ? value.charAt(0).toUpperCase() + value.slice(1) : "";
}

/** Which field shows a contradiction between facts (clientFactsProblem's key). */
export function fieldOfFactsProblem(key: string): string {
  if (key === "client.error.nationalityGroup") return "nationality";
  if (key === "plan.error.childrenListCount") return "children";
  return "form";
}
