import type { DomainId } from "../domains/domain-ids.ts";
import { domainsForPathway } from "../domains/domains.ts";
import type { MessageKey } from "../i18n/catalogue.ts";
import type { PrincipleId } from "../principles/principle-ids.ts";
import { principlesInGroup } from "../principles/principles.ts";
import { PATHWAY_IDS, type PathwayId } from "./pathways.ts";

export type PathwayDefinition = {
  readonly id: PathwayId;
  readonly titleKey: MessageKey;
  readonly descriptionKey: MessageKey;
  /** Domains in this pathway (domains.ts placement "both" counts for each). */
  readonly domains: readonly DomainId[];
  /** Principles grouped under this pathway (domain.md §1.6, an [inference]). */
  readonly principles: readonly PrincipleId[];
};

/** PLM [004:93] (domain.md §1.2) and EEM [004:93] (domain.md §1.3). */
export const PATHWAYS: readonly PathwayDefinition[] = PATHWAY_IDS.map((id) => ({
  id,
  titleKey: `pathway.${id}.title` as const satisfies MessageKey,
  descriptionKey: `pathway.${id}.description` as const satisfies MessageKey,
  domains: domainsForPathway(id).map((d) => d.id),
  principles: principlesInGroup(id).map((p) => p.id),
}));

export function getPathway(id: PathwayId): PathwayDefinition {
  const pathway = PATHWAYS.find((p) => p.id === id);
  if (!pathway) throw new Error(`unknown pathway ${id}`);
  return pathway;
}

export function isPathwayId(value: unknown): value is PathwayId {
  return typeof value === "string" && (PATHWAY_IDS as readonly string[]).includes(value);
}
