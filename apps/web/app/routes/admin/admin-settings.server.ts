import type { createCaller } from "@gesim/api";
import {
  CountryRulesSchema,
  MAX_PERMIT_TYPES,
  OrganisationSettingsSchema,
  PlanCheckConfigSchema,
  RetentionPolicySchema,
  roundingProblem,
} from "@gesim/core";
import { data, redirect } from "react-router";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, checked, type FieldErrors, integer, text, zodFieldErrors } from "../clients/form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** The plan checks' windows and limits, in the order the page shows them (core's schema decides the bounds). */
export const CHECK_FIELDS = Object.keys(PlanCheckConfigSchema.shape) as (keyof typeof PlanCheckConfigSchema.shape)[];

/** Every IANA time zone the server knows (the select's options). */
export function timeZoneOptions(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

export async function loadSettings(caller: Caller, url: URL) {
  try {
    const [organisation, checks] = await Promise.all([caller.admin.organisation.get(), caller.admin.planChecks.get()]);
    const done = SECTIONS.find((d) => d === url.searchParams.get("done")) ?? null;
    // The permit types listed and three empty lines, at most the maximum.
    const permitTypeRows = Math.min(MAX_PERMIT_TYPES, organisation.countryRules.permitTypes.length + 3);
    return { organisation, checks, done, checkFields: CHECK_FIELDS, timeZones: timeZoneOptions(), permitTypeRows };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}

const SECTIONS = ["organisation", "retention", "checks", "countryRules"] as const;
type Section = (typeof SECTIONS)[number];

/** The country rules as posted: an empty length is "not set", empty permit lines are left out. */
function countryRulesFromForm(form: FormData) {
  const permitTypes = [];
  for (let row = 0; row < MAX_PERMIT_TYPES; row += 1) {
    const label = text(form, `permitType-${row}`);
    if (label) permitTypes.push({ label, tiedToCooperation: checked(form, `permitTypeTied-${row}`) });
  }
  return { reflectionPeriodDays: integer(form, "reflectionPeriodDays") ?? null, permitTypes };
}

/** The field that shows a country-rules problem (a zod path such as permitTypes.2.label). */
function countryRulesField(path: string): string {
  const [head = path, index, field] = path.split(".");
  if (head === "permitTypes" && index !== undefined && field === "label") return `permitType-${index}`;
  return head;
}

function refused(section: Section, values: Record<string, string>, errors: FieldErrors, status = 400) {
  return data({ section, values, errors }, { status });
}

/** The three forms of the page (organisation, retention, plan checks): core's schemas, then the API. */
export async function handleSettingsAction(caller: Caller, request: Request) {
  const form = await request.formData();
  const section = SECTIONS.find((s) => s === form.get("intent"));
  if (!section) throw data(null, { status: 400 });
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string") values[name] = value.slice(0, 200);
  const version = integer(form, "version");
  if (version === undefined || Number.isNaN(version)) throw data(null, { status: 400 });
  try {
    if (section === "organisation") {
      const parsed = OrganisationSettingsSchema.safeParse({
        name: text(form, "name") ?? "",
        disclosureThreshold: integer(form, "disclosureThreshold"),
        timeZone: text(form, "timeZone") ?? "",
        country: text(form, "country") ?? null,
        disclosureRounding: integer(form, "disclosureRounding") ?? null,
      });
      if (!parsed.success) return refused(section, values, zodFieldErrors(parsed.error));
      const rounding = roundingProblem(parsed.data);
      if (rounding) return refused(section, values, { disclosureRounding: rounding });
      await caller.admin.organisation.update({ ...parsed.data, version });
    } else if (section === "countryRules") {
      const parsed = CountryRulesSchema.safeParse(countryRulesFromForm(form));
      if (!parsed.success) return refused(section, values, zodFieldErrors(parsed.error, countryRulesField));
      await caller.admin.organisation.setCountryRules({ ...parsed.data, version });
    } else if (section === "retention") {
      const parsed = RetentionPolicySchema.safeParse({
        retainNotesMonths: integer(form, "retainNotesMonths"),
        retainIdentityMonths: integer(form, "retainIdentityMonths"),
      });
      if (!parsed.success) return refused(section, values, zodFieldErrors(parsed.error));
      await caller.admin.organisation.setRetention({ ...parsed.data, version });
    } else {
      const parsed = PlanCheckConfigSchema.safeParse(
        Object.fromEntries(CHECK_FIELDS.map((field) => [field, integer(form, field)])),
      );
      if (!parsed.success) {
        const errors: FieldErrors = {};
        for (const issue of parsed.error.issues) errors[String(issue.path[0])] = "adminSettings.error.days";
        return refused(section, values, errors);
      }
      await caller.admin.planChecks.update({ config: parsed.data, version });
    }
  } catch (error) {
    const { code, key } = apiErrorKey(error);
    // A rounding that no longer divides a changed threshold is the rounding field's error.
    const field = key === "disclosure.error.resolutionMustDivideK" ? "disclosureRounding" : "form";
    return refused(section, values, { [field]: key }, code === "CONFLICT" ? 409 : code === "FORBIDDEN" ? 403 : 400);
  }
  return redirect(`/admin/settings?done=${section}`);
}
