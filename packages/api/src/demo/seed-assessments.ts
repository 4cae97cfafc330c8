// Demo assessments for every active or paused client: 1–2 needs assessments, a risk
// assessment and 1–3 ladder conversations, spread from her first contact to today. Runs
// after seedClientProfiles: a mother's childcare need follows her recorded children.
import {
  addDays,
  DOMAIN_IDS,
  type DomainId,
  daysBetween,
  type NeedLevel,
  RISK_ITEM_IDS,
  type RiskAnswers,
} from "@gesim/core";
import { asc, assessments, clients, type Database, inArray } from "@gesim/db";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { integerBetween, pick, seededRandom } from "./random.ts";

export type SeedContext = { today: string; cipher: FieldCipher };

type Random = () => number;
type SeedClient = {
  id: string;
  organisationId: string;
  caseworkerId: string | null;
  firstContactDate: string;
  childrenCount: number;
  isPregnant: boolean;
};

/** Active and paused clients in a stable order, with the facts the seeds shape their data on. */
export function planClients(tx: Database) {
  return tx
    .select({
      id: clients.id,
      organisationId: clients.organisationId,
      caseworkerId: clients.caseworkerId,
      firstContactDate: clients.firstContactDate,
      childrenCount: clients.childrenCount,
      isPregnant: clients.isPregnant,
      isInTrainingOrWork: clients.isInTrainingOrWork,
      legalStatus: clients.legalStatus,
    })
    .from(clients)
    .where(inArray(clients.status, ["active", "paused"]))
    .orderBy(asc(clients.pseudonym));
}

const NEED_WEIGHTS: readonly NeedLevel[] = ["none", "low", "low", "medium", "medium", "high", "urgent"];

function needsContent(random: Random, client: SeedClient, assessedOn: string) {
  const needs: Partial<Record<DomainId, { level: NeedLevel }>> = {};
  for (const domain of DOMAIN_IDS) {
    if (domain === "childcare")
      needs[domain] = {
        level: client.childrenCount > 0 || client.isPregnant ? pick(random, ["medium", "high"] as const) : "none",
      };
    else if (random() < 0.85) needs[domain] = { level: pick(random, NEED_WEIGHTS) };
  }
  return { assessedOn, needs };
}

function riskContent(random: Random, assessedOn: string) {
  const answers: RiskAnswers = {};
  for (const id of RISK_ITEM_IDS) {
    const roll = random();
    if (roll < 0.08) answers[id] = { answer: "yes" };
    else if (roll < 0.16) answers[id] = { answer: "unknown" };
    else if (roll < 0.9) answers[id] = { answer: "no" };
  }
  return { assessedOn, answers };
}

/** Her readings at conversation `step`: from where she started, mostly moving up a little. */
function ladderContent(random: Random, start: ReadonlyMap<DomainId, number>, date: string, step: number) {
  const readings = [...start].map(([domain, value]) => ({
    domain,
    value: Math.max(1, Math.min(10, value + step * integerBetween(random, -1, 2))),
    date,
  }));
  return { readings };
}

/** A date `share` of the way from her first contact to today. */
function between(from: string, today: string, share: number): string {
  return addDays(from, Math.floor(Math.max(0, daysBetween(from, today)) * share));
}

export async function seedAssessments(tx: Database, { today }: SeedContext): Promise<void> {
  const random = seededRandom(3101);
  const rows: (typeof assessments.$inferInsert)[] = [];
  for (const client of await planClients(tx)) {
    const base = { organisationId: client.organisationId, clientId: client.id, assessedBy: client.caseworkerId };
    const start = addDays(
      client.firstContactDate,
      Math.min(7, Math.max(0, daysBetween(client.firstContactDate, today))),
    );
    const needsDates = random() < 0.5 ? [start] : [start, between(start, today, 0.6)];
    needsDates.forEach((date, i) => {
      rows.push({
        ...base,
        kind: "needs",
        version: i + 1,
        assessedOn: date,
        content: needsContent(random, client, date),
      });
    });
    rows.push({ ...base, kind: "risk", version: 1, assessedOn: start, content: riskContent(random, start) });
    const domains = DOMAIN_IDS.filter((d) => d === "accommodation" || random() < 0.6);
    const ladderStart = new Map(domains.map((d) => [d, integerBetween(random, 2, 5)] as const));
    const conversations = integerBetween(random, 1, 3);
    for (let i = 0; i < conversations; i += 1) {
      const date = between(start, today, conversations === 1 ? 0 : i / (conversations - 1));
      rows.push({
        ...base,
        kind: "ladder",
        version: i + 1,
        assessedOn: date,
        content: ladderContent(random, ladderStart, date, i),
      });
    }
  }
  if (rows.length > 0) await tx.insert(assessments).values(rows);
}
