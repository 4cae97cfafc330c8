import { randomInt } from "node:crypto";
import type { createCaller } from "@gesim/api";
import {
  CITIZENSHIP_GROUPS,
  ClientFactsSchema,
  CONSENT_PURPOSES,
  CONSENT_RECORDING_METHODS,
  COOPERATION_CHOICES,
  type Consent,
  ConsentSchema,
  type CountryRules,
  clientFactsProblem,
  FIRST_CONTACT_CHANNELS,
  generatePseudonym,
  IDENTIFICATION_STATUSES,
  LEGAL_STATUSES,
  type Locale,
  PseudonymSchema,
  PURPOSES_WITH_RECIPIENT,
  RECORDED_AGE_BANDS,
} from "@gesim/core";
import { apiErrorKey, checked, type FieldErrors, integer, text, todayIso, zodFieldErrors } from "./form-data.server.ts";
import {
  factFieldName,
  fieldOfFactsProblem,
  INTAKE_FACT_OPTIONS,
  intakeFactsFromForm,
  languagesFromForm,
  namedLists,
} from "./intake-facts-form.server.ts";

type Caller = ReturnType<typeof createCaller>;

export const INTAKE_OPTIONS = {
  channels: FIRST_CONTACT_CHANNELS,
  citizenship: CITIZENSHIP_GROUPS,
  ageBands: RECORDED_AGE_BANDS,
  legalStatuses: LEGAL_STATUSES,
  identificationStatuses: IDENTIFICATION_STATUSES,
  cooperationChoices: COOPERATION_CHOICES,
  purposes: CONSENT_PURPOSES,
  purposesWithRecipient: PURPOSES_WITH_RECIPIENT,
  recordingMethods: CONSENT_RECORDING_METHODS,
  ...INTAKE_FACT_OPTIONS,
};

/** The intake form's options, countries and languages named in the reader's language, the organisation's country rules. */
export function intakeOptions(locale: Locale, countryRules: CountryRules) {
  return { ...INTAKE_OPTIONS, ...namedLists(locale), countryRules };
}

/** A fresh pseudonym to offer ("Willow-042"); the caseworker may choose another. */
export function suggestPseudonym(): string {
  return generatePseudonym(() => randomInt(0, 2 ** 32) / 2 ** 32);
}

const IntakeSchema = ClientFactsSchema.extend({ pseudonym: PseudonymSchema });

export type IntakeResult =
  | { ok: true; clientId: string }
  | { ok: false; errors: FieldErrors; values: Record<string, string>; isMinor: boolean };

/** Everything posted, as strings, to put back into the form after an error (never lost). */
export function postedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value;
  return values;
}

function parseConsents(form: FormData, errors: FieldErrors): Consent[] {
  const consents: Consent[] = [];
  for (const purpose of CONSENT_PURPOSES) {
    if (!checked(form, `consent-${purpose}`)) continue;
    const parsed = ConsentSchema.safeParse({
      purpose,
      recipient: PURPOSES_WITH_RECIPIENT.includes(purpose) ? text(form, `recipient-${purpose}`) : undefined,
      givenOn: text(form, "consentGivenOn") ?? "",
      recordedHow: text(form, "recordedHow") ?? "",
    });
    if (parsed.success) consents.push(parsed.data);
    else {
      const rename = (path: string) =>
        path === "recipient" ? `recipient-${purpose}` : path === "givenOn" ? "consentGivenOn" : path;
      Object.assign(errors, { ...zodFieldErrors(parsed.error, rename), ...errors });
    }
  }
  return consents;
}

/** Intake: her profile facts and consents under a pseudonym. A girl under 18 is never recorded. */
export async function createFromIntake(caller: Caller, form: FormData): Promise<IntakeResult> {
  const values = postedValues(form);
  const adult = text(form, "isAdult");
  if (adult !== "yes") {
    return {
      ok: false,
      errors: { isAdult: adult === "no" ? "plan.error.minorIsReferral" : "client.intake.isAdultRequired" },
      values,
      isMinor: adult === "no",
    };
  }
  const errors: FieldErrors = {};
  const parsed = IntakeSchema.safeParse({ pseudonym: text(form, "pseudonym") ?? "", ...factsFromForm(form) });
  if (!parsed.success) Object.assign(errors, zodFieldErrors(parsed.error, factFieldName(form)));
  const problem = parsed.success ? clientFactsProblem(parsed.data) : null;
  if (problem) errors[fieldOfFactsProblem(problem)] = problem;
  const consents = parseConsents(form, errors);
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors, values, isMinor: false };
  try {
    const created = await caller.clients.create({ ...parsed.data, isAdult: true });
    for (const consent of consents) await caller.consents.create({ clientId: created.id, consent });
    return { ok: true, clientId: created.id };
  } catch (error) {
    const { key } = apiErrorKey(error);
    const field =
      key === "clients.pseudonymTaken" || key === "clients.error.pseudonymFormat"
        ? "pseudonym"
        : key === "plan.error.minorIsReferral"
          ? "isAdult"
          : key === "client.error.unknownPermitType"
            ? "permitType"
            : "form";
    return { ok: false, errors: { [field]: key }, values, isMinor: field === "isAdult" };
  }
}

/** Her profile facts as posted by the intake and profile forms, for ClientFactsSchema to check. */
export function factsFromForm(form: FormData) {
  const childrenCount = integer(form, "childrenCount") ?? 0;
  return {
    ...intakeFactsFromForm(form, childrenCount),
    firstContactDate: text(form, "firstContactDate") ?? "",
    firstContactChannel: text(form, "firstContactChannel"),
    citizenship: text(form, "citizenship"),
    ageBand: text(form, "ageBand"),
    childrenCount,
    isPregnant: checked(form, "isPregnant"),
    languages: languagesFromForm(form),
    needsInterpreter: checked(form, "needsInterpreter"),
    legalStatus: text(form, "legalStatus"),
    reflectionPeriodEnd: text(form, "reflectionPeriodEnd"),
    identificationStatus: text(form, "identificationStatus") ?? "",
    cooperationWithAuthorities: text(form, "cooperationWithAuthorities") ?? "",
    isInTrainingOrWork: checked(form, "isInTrainingOrWork"),
  };
}

export { todayIso };
