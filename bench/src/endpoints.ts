// The endpoints the bench measures: ONE table, so an endpoint is added or renamed here only.
// Each row says what the app is asked (as which role), which bare baseline it is compared
// with (baseline-server.tsx runs the same essential SQL) and the targets for it.

export type BenchRole = "caseworker" | "manager" | "funder";
export type Fixture = {
  /** A client of the signed-in caseworker with a plan (the plan page, plans.get). */
  clientId: string;
  organisationId: string;
  caseworkerId: string;
  /** The quarter the dashboard and funder views are asked for, and its date range. */
  quarter: string;
  period: { from: string; to: string };
};

export type HttpRequest = { method: "GET" | "POST"; path: string; body?: unknown };

/** A tRPC procedure and its input; the first candidate the server knows is measured. */
export type ProcedureCandidate = { procedure: string; input: (f: Fixture) => unknown; standInFor?: string };

export type Target =
  | { kind: "throughputRatio"; min: number; note: string }
  | { kind: "p95Ratio"; max: number; note: string }
  | { kind: "p95Ms"; max: number; connections: number; note: string };

export type BaselineRoute = "caseload" | "caseload.html" | "plan" | "plan.html" | "plan-update" | "quarter";

export type EndpointSpec = {
  id: string;
  label: string;
  kind: "ssr" | "json";
  role: BenchRole;
  /** A page, or tRPC procedure candidates (query unless `mutation`). */
  page?: (f: Fixture) => string;
  procedures?: readonly ProcedureCandidate[];
  /** plans.update: versioned edits of several plans at once (409s counted apart). */
  mutation?: "plan-update";
  /** A query only answered by POST with a JSON body (it may spend privacy budget: never by GET, ADR 007). */
  postQuery?: true;
  baseline: BaselineRoute;
  targets: readonly Target[];
};

const SSR_THROUGHPUT: Target = {
  kind: "throughputRatio",
  min: 0.5,
  note: "SSR page throughput ≥ 50% of the SSR baseline",
};
const AGGREGATE_P95: Target = { kind: "p95Ms", max: 200, connections: 16, note: "p95 ≤ 200 ms at concurrency 16" };

export const ENDPOINTS: readonly EndpointSpec[] = [
  {
    id: "caseload-page",
    label: "Caseload page (SSR, caseworker)",
    kind: "ssr",
    role: "caseworker",
    page: () => "/",
    baseline: "caseload.html",
    targets: [SSR_THROUGHPUT],
  },
  {
    id: "plan-page",
    label: "Plan page (SSR, caseworker)",
    kind: "ssr",
    role: "caseworker",
    page: (f) => `/clients/${f.clientId}/plan`,
    baseline: "plan.html",
    targets: [SSR_THROUGHPUT],
  },
  {
    id: "plans.get",
    label: "plans.get (caseworker)",
    kind: "json",
    role: "caseworker",
    procedures: [{ procedure: "plans.get", input: (f) => ({ clientId: f.clientId }) }],
    baseline: "plan",
    targets: [
      { kind: "throughputRatio", min: 0.4, note: "throughput ≥ 40% of its baseline" },
      { kind: "p95Ratio", max: 2.5, note: "p95 within 2.5× its baseline" },
    ],
  },
  {
    id: "plans.update",
    label: "plans.update (8 plans, versioned, caseworker)",
    kind: "json",
    role: "caseworker",
    procedures: [{ procedure: "plans.update", input: () => null }],
    mutation: "plan-update",
    baseline: "plan-update",
    targets: [{ kind: "p95Ratio", max: 3, note: "p95 within 3× its baseline" }],
  },
  {
    id: "dashboard",
    label: "Manager dashboard, one quarter",
    kind: "json",
    role: "manager",
    procedures: [
      { procedure: "dashboard.indicators", input: (f) => ({ period: { granularity: "quarter", period: f.quarter } }) },
      {
        procedure: "indicators.programme",
        input: (f) => ({ from: f.period.from, to: f.period.to }),
        standInFor: "dashboard.indicators",
      },
    ],
    baseline: "quarter",
    targets: [AGGREGATE_P95],
  },
  {
    id: "indicators.funder",
    label: "indicators.funder, one quarter",
    kind: "json",
    role: "funder",
    procedures: [{ procedure: "indicators.funder", input: (f) => ({ quarter: f.quarter }) }],
    postQuery: true,
    baseline: "quarter",
    targets: [AGGREGATE_P95],
  },
];

/** The scaling target: p95 at N no more than 1.5× p95 at 5k, for every endpoint. */
export const SCALING_MAX_GROWTH = 1.5;
/** At most 120 KB gzip of JavaScript on the plan page. */
export const PLAN_PAGE_JS_GZIP_MAX = 120 * 1024;
/** The plans.update runs cycle through this many of the caseworker's plans. */
export const CONTENDED_PLANS = 8;

/** The tRPC URL of a query: `?input=` carries the JSON input (ids only, never personal data). */
export function trpcQueryPath(procedure: string, input: unknown): string {
  return `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

export function selectEndpoints(only: readonly string[]): EndpointSpec[] {
  if (only.length === 0) return [...ENDPOINTS];
  return ENDPOINTS.filter((e) => only.some((o) => e.id.includes(o)));
}
