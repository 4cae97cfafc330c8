/**
 * GeSIM joins two pathways (domain.md §1.2, §1.3) and a set of cross-cutting principles about
 * how the service is run (§1.6, an inference of the domain reference).
 * - PLM: Psycho-Social Legal Model [004:93]
 * - EEM: Economic Empowerment Model [004:93]
 */
export const PATHWAY_IDS = ["plm", "eem"] as const;
export type PathwayId = (typeof PATHWAY_IDS)[number];

/** A principle belongs to one or both pathways, or is cross-cutting (domain.md §1.6). */
export const PRINCIPLE_GROUPS = ["plm", "eem", "cross-cutting"] as const;
export type PrincipleGroup = (typeof PRINCIPLE_GROUPS)[number];
