import type { MessageKey } from "../i18n/catalogue.ts";
import type { PrincipleGroup } from "../pathways/pathways.ts";
import { PRINCIPLE_IDS, type PrincipleId } from "./principle-ids.ts";

export type Principle = {
  readonly id: PrincipleId;
  /** 1–11, the order of [004:114]. */
  readonly number: number;
  /** Title exactly as listed in [004:114] (domain.md §1.7). */
  readonly titleKey: MessageKey;
  /** One sentence of what it asks of a programme [inference from §1.7 col. 2]. */
  readonly descriptionKey: MessageKey;
  /** PLM, EEM or cross-cutting; the split is an [inference] of domain.md §1.6. */
  readonly groups: readonly PrincipleGroup[];
  /** What a plan or programme shows when the principle is honoured (§1.7 col. 3, §5.3). */
  readonly evidenceKeys: readonly MessageKey[];
};

/**
 * The 11 Best Practice Principles (ASSIST) [004:114]. The sources give only the titles; the
 * descriptions and evidence are built from all five sources (domain.md §0, §1.7).
 * Groups follow domain.md §1.6: P3 is both PLM (family reunification, protection of children)
 * and EEM (childcare as an enabler); P4 is listed under PLM (its safety side).
 */
export const PRINCIPLES = [
  {
    id: "principle-01",
    number: 1,
    titleKey: "principle.01.title",
    descriptionKey: "principle.01.description",
    groups: ["cross-cutting"],
    evidenceKeys: [
      "principle.01.evidence.daysToFirstService",
      "principle.01.evidence.noFormalIdentification",
      "principle.01.evidence.noConditions",
      "principle.01.evidence.duration",
      "principle.01.evidence.closureReasons",
    ],
  },
  {
    id: "principle-02",
    number: 2,
    titleKey: "principle.02.title",
    descriptionKey: "principle.02.description",
    groups: ["plm"],
    evidenceKeys: [
      "principle.02.evidence.legalAssessment",
      "principle.02.evidence.rightsInformation",
      "principle.02.evidence.permits",
      "principle.02.evidence.compensation",
      "principle.02.evidence.nonPunishment",
      "principle.02.evidence.familyReunification",
      "principle.02.evidence.freeRepresentation",
    ],
  },
  {
    id: "principle-03",
    number: 3,
    titleKey: "principle.03.title",
    descriptionKey: "principle.03.description",
    groups: ["plm", "eem"],
    evidenceKeys: [
      "principle.03.evidence.childNeeds",
      "principle.03.evidence.childcareFirst",
      "principle.03.evidence.housedWithChildren",
      "principle.03.evidence.antenatalCare",
      "principle.03.evidence.familySafety",
      "principle.03.evidence.reunification",
    ],
  },
  {
    id: "principle-04",
    number: 4,
    titleKey: "principle.04.title",
    descriptionKey: "principle.04.description",
    groups: ["plm"],
    evidenceKeys: [
      "principle.04.evidence.singleSexNights",
      "principle.04.evidence.ratedSafe",
      "principle.04.evidence.moves",
      "principle.04.evidence.incidents",
      "principle.04.evidence.waitingDays",
    ],
  },
  {
    id: "principle-05",
    number: 5,
    titleKey: "principle.05.title",
    descriptionKey: "principle.05.description",
    groups: ["plm"],
    evidenceKeys: [
      "principle.05.evidence.assessment",
      "principle.05.evidence.therapyDelivered",
      "principle.05.evidence.language",
      "principle.05.evidence.wellbeing",
    ],
  },
  {
    id: "principle-06",
    number: 6,
    titleKey: "principle.06.title",
    descriptionKey: "principle.06.description",
    groups: ["plm"],
    evidenceKeys: [
      "principle.06.evidence.healthCheck",
      "principle.06.evidence.primaryCare",
      "principle.06.evidence.tbiScreening",
      "principle.06.evidence.addictionReferral",
    ],
  },
  {
    id: "principle-07",
    number: 7,
    titleKey: "principle.07.title",
    descriptionKey: "principle.07.description",
    groups: ["eem"],
    evidenceKeys: [
      "principle.07.evidence.languageCourse",
      "principle.07.evidence.education",
      "principle.07.evidence.formalWork",
      "principle.07.evidence.bankAndIncome",
    ],
  },
  {
    id: "principle-08",
    number: 8,
    titleKey: "principle.08.title",
    descriptionKey: "principle.08.description",
    groups: ["cross-cutting"],
    evidenceKeys: [
      "principle.08.evidence.vawTools",
      "principle.08.evidence.referralLinks",
      "principle.08.evidence.staffTrained",
    ],
  },
  {
    id: "principle-09",
    number: 9,
    titleKey: "principle.09.title",
    descriptionKey: "principle.09.description",
    groups: ["cross-cutting"],
    evidenceKeys: [
      "principle.09.evidence.womenStaff",
      "principle.09.evidence.independence",
      "principle.09.evidence.continuity",
      "principle.09.evidence.funding",
    ],
  },
  {
    id: "principle-10",
    number: 10,
    titleKey: "principle.10.title",
    descriptionKey: "principle.10.description",
    groups: ["cross-cutting"],
    evidenceKeys: [
      "principle.10.evidence.ownWords",
      "principle.10.evidence.feedback",
      "principle.10.evidence.complaints",
      "principle.10.evidence.survivorInput",
      "principle.10.evidence.storyConsent",
    ],
  },
  {
    id: "principle-11",
    number: 11,
    titleKey: "principle.11.title",
    descriptionKey: "principle.11.description",
    groups: ["cross-cutting"],
    evidenceKeys: ["principle.11.evidence.peerGroup", "principle.11.evidence.connection"],
  },
] as const satisfies readonly Principle[];

const BY_ID: ReadonlyMap<string, Principle> = new Map(PRINCIPLES.map((p) => [p.id, p]));

export function isPrincipleId(value: unknown): value is PrincipleId {
  return typeof value === "string" && (PRINCIPLE_IDS as readonly string[]).includes(value);
}

/** The principle with this id, or undefined for an unknown id. */
export function getPrinciple(id: string): Principle | undefined {
  return BY_ID.get(id);
}

export function principlesInGroup(group: PrincipleGroup): readonly Principle[] {
  return PRINCIPLES.filter((p) => (p.groups as readonly PrincipleGroup[]).includes(group));
}
