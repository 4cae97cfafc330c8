import {
  CITIZENSHIP_GROUPS,
  DOMAIN_IDS,
  IsoDateSchema,
  latestCompleteQuarter,
  PATHWAY_IDS,
  previousQuarter,
  toQuarter,
} from "@gesim/core";
import { isUuid } from "../clients/form-data.server.ts";

/**
 * The dashboard's GET form (it works without JavaScript, and the same query string drives the
 * CSV exports and the printable report): a calendar period or a custom range, and filters.
 * Unknown values are ignored, never an error; a half-filled or reversed custom range is kept
 * in the form with a message, and the chosen calendar period is shown meanwhile.
 */
export type Filters = {
  caseworkerId?: string;
  pathway?: (typeof PATHWAY_IDS)[number];
  domain?: (typeof DOMAIN_IDS)[number];
  citizenshipGroup?: (typeof CITIZENSHIP_GROUPS)[number];
  hasChildren?: boolean;
};
export type PeriodChoice = { from: string; to: string } | { granularity: "month" | "quarter" | "year"; period: string };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Period codes a manager can pick: 12 months, 8 quarters, 3 years, the running one first. */
export function periodOptions(today: string) {
  const [year = 2000, month = 1] = today.split("-").map(Number);
  const months = Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) - i;
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  });
  const quarters = [toQuarter(today)];
  while (quarters.length < 8) quarters.push(previousQuarter(quarters[quarters.length - 1] ?? ""));
  const years = [year, year - 1, year - 2].map(String);
  return { months, quarters, years };
}

function granularityOf(code: string): "month" | "quarter" | "year" | null {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(code)) return "month";
  if (/^\d{4}-Q[1-4]$/.test(code)) return "quarter";
  if (/^\d{4}$/.test(code)) return "year";
  return null;
}

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

export function parseDashboardQuery(url: URL, today: string) {
  const params = url.searchParams;
  const options = periodOptions(today);
  const offered = [...options.months, ...options.quarters, ...options.years];
  const code = pick(offered, params.get("period")) ?? latestCompleteQuarter(today);
  const from = params.get("from")?.trim() ?? "";
  const to = params.get("to")?.trim() ?? "";
  let rangeError: string | null = null;
  let period: PeriodChoice = { granularity: granularityOf(code) ?? "quarter", period: code };
  if (from || to) {
    const valid = IsoDateSchema.safeParse(from).success && IsoDateSchema.safeParse(to).success;
    if (valid && from <= to) period = { from, to };
    else rangeError = "dashboard.error.customRange";
  }
  const caseworker = params.get("caseworker") ?? "";
  const children = params.get("children");
  const filters: Filters = {
    ...(isUuid(caseworker) ? { caseworkerId: caseworker } : {}),
    ...(pick(PATHWAY_IDS, params.get("pathway")) ? { pathway: pick(PATHWAY_IDS, params.get("pathway")) } : {}),
    ...(pick(DOMAIN_IDS, params.get("domain")) ? { domain: pick(DOMAIN_IDS, params.get("domain")) } : {}),
    ...(pick(CITIZENSHIP_GROUPS, params.get("citizenship"))
      ? { citizenshipGroup: pick(CITIZENSHIP_GROUPS, params.get("citizenship")) }
      : {}),
    ...(children === "yes" || children === "no" ? { hasChildren: children === "yes" } : {}),
  };
  // What the form shows again (the manager's own input, even when the range was refused).
  const form = {
    period: code,
    from,
    to,
    caseworker: filters.caseworkerId ?? "",
    pathway: filters.pathway ?? "",
    domain: filters.domain ?? "",
    citizenship: filters.citizenshipGroup ?? "",
    children: children === "yes" || children === "no" ? children : "",
  };
  return {
    period,
    filters,
    form,
    rangeError,
    options: { ...options, pathways: PATHWAY_IDS, domains: DOMAIN_IDS, citizenshipGroups: CITIZENSHIP_GROUPS },
  };
}

export type DashboardQuery = ReturnType<typeof parseDashboardQuery>;

/** The form's values as a query string (for export and report links), empty ones left out. */
export function queryString(form: DashboardQuery["form"]): string {
  return new URLSearchParams(Object.entries(form).filter(([, value]) => value !== "")).toString();
}
