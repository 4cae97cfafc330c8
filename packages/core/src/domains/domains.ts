import type { MessageKey } from "../i18n/catalogue.ts";
import type { PathwayId } from "../pathways/pathways.ts";
import type { PrincipleId } from "../principles/principle-ids.ts";
import { type Action, actionsForDomain } from "./action-catalogue.ts";
import { DOMAIN_IDS, type DomainId } from "./domain-ids.ts";

/**
 * Where a domain sits (domain.md §1.6, an [inference]): in one pathway, in both, or
 * cross-cutting (it serves every part of the plan, like interpreting).
 */
export const DOMAIN_PLACEMENTS = ["plm", "eem", "both", "cross-cutting"] as const;
export type DomainPlacement = (typeof DOMAIN_PLACEMENTS)[number];

export type Domain = {
  readonly id: DomainId;
  readonly titleKey: MessageKey;
  readonly descriptionKey: MessageKey;
  readonly placement: DomainPlacement;
  /**
   * The one pathway a plan goal in this domain counts towards when a single answer is needed
   * (null for cross-cutting). For "both" domains: accommodation → PLM (safety side first),
   * childcare → EEM (enabler of work and training) (domain.md §1.6).
   */
  readonly primaryPathway: PathwayId | null;
  readonly principles: readonly PrincipleId[];
  readonly actions: readonly Action[];
};

type DomainDefinition = Pick<Domain, "placement" | "principles" | "primaryPathway">;

const DEFINITIONS = {
  // PLM: P4 safety side; EEM: "housing as a stable base" (§1.6). Mother-and-child places: P3.
  accommodation: { placement: "both", primaryPathway: "plm", principles: ["principle-04", "principle-03"] },
  // P3 is in both groups: protection of children (PLM), childcare as an enabler (EEM) (§1.6)
  childcare: { placement: "both", primaryPathway: "eem", principles: ["principle-03"] },
  training: { placement: "eem", primaryPathway: "eem", principles: ["principle-07"] },
  therapy: { placement: "plm", primaryPathway: "plm", principles: ["principle-05"] },
  language: { placement: "eem", primaryPathway: "eem", principles: ["principle-07"] },
  // P2, plus the legal side of P3 (family reunification) (§1.6)
  legal: { placement: "plm", primaryPathway: "plm", principles: ["principle-02", "principle-03"] },
  medical: { placement: "plm", primaryPathway: "plm", principles: ["principle-06"] },
  // formal work is evidence of P7 (§1.7, indicator 7.3)
  employment: { placement: "eem", primaryPathway: "eem", principles: ["principle-07"] },
  // bank account and regular income are evidence of P7 (§1.7, indicator 7.4)
  money: { placement: "eem", primaryPathway: "eem", principles: ["principle-07"] },
  "peer-support": { placement: "cross-cutting", primaryPathway: null, principles: ["principle-11"] },
  // [inference] access (P1), rights in her language (P2), sessions in her language (P5)
  interpreting: {
    placement: "cross-cutting",
    primaryPathway: null,
    principles: ["principle-01", "principle-02", "principle-05"],
  },
  // VAW tools (P8) and safety from traffickers (P4) [002:598]
  "digital-safety": { placement: "cross-cutting", primaryPathway: null, principles: ["principle-08", "principle-04"] },
} as const satisfies Record<DomainId, DomainDefinition>;

function buildDomain(id: DomainId): Domain {
  const definition: DomainDefinition = DEFINITIONS[id];
  return {
    id,
    titleKey: `domain.${id}.title` as const satisfies MessageKey,
    descriptionKey: `domain.${id}.description` as const satisfies MessageKey,
    ...definition,
    actions: actionsForDomain(id),
  };
}

export const DOMAINS: readonly Domain[] = DOMAIN_IDS.map(buildDomain);

const BY_ID: ReadonlyMap<string, Domain> = new Map(DOMAINS.map((d) => [d.id, d]));

export function isDomainId(value: unknown): value is DomainId {
  return typeof value === "string" && BY_ID.has(value);
}

export function getDomain(id: string): Domain | undefined {
  return BY_ID.get(id);
}

/** The pathways a domain counts towards: none for cross-cutting domains. */
export function pathwaysOfDomain(domain: DomainId): readonly PathwayId[] {
  const placement = DEFINITIONS[domain].placement;
  if (placement === "both") return ["plm", "eem"];
  if (placement === "cross-cutting") return [];
  return [placement];
}

/**
 * Domains of a pathway ("both" domains are in each), or the cross-cutting ones. Order is
 * DOMAIN_IDS order.
 */
export function domainsForPathway(pathway: PathwayId | "cross-cutting"): readonly Domain[] {
  if (pathway === "cross-cutting") return DOMAINS.filter((d) => d.placement === "cross-cutting");
  return DOMAINS.filter((d) => pathwaysOfDomain(d.id).includes(pathway));
}

export function domainsForPrinciple(principle: PrincipleId): readonly Domain[] {
  return DOMAINS.filter((d) => d.principles.includes(principle));
}
