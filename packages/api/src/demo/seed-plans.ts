// Demo plans for every active or paused client: some draft, submitted, approved or returned;
// 3–6 goals in her own words across PLM and EEM domains; 4–10 catalogue actions with
// statuses, due dates (some overdue) and her caseworker as the responsible worker. About a
// third of mothers have no childcare step yet, so the demo shows the P3 gap.
import { ACTION_IDS_BY_DOMAIN, type ActionStatus, addDays, BARRIER_REASONS, type DomainId } from "@gesim/core";
import { actions, and, type Database, eq, goals, memberships, plans } from "@gesim/db";
import { integerBetween, pick, seededRandom } from "./random.ts";
import { planClients, type SeedContext } from "./seed-assessments.ts";

type Random = () => number;
type PlanStatus = (typeof plans.$inferInsert)["status"];

// Generic, clearly fictional goals as a woman might say them: no names, places or stories.
const GOAL_TEXTS: Partial<Record<DomainId, readonly string[]>> = {
  accommodation: [
    "Find a safe place to live with my daughter",
    "Have my own flat where I feel safe",
    "Move out of the shelter into a place of my own",
  ],
  legal: [
    "Get papers so I can stay and work",
    "Understand my rights and what my options are",
    "Get the compensation I am owed",
  ],
  therapy: ["Sleep better and feel less afraid", "Have someone to talk to about what happened"],
  medical: ["See a doctor about my health", "Have a doctor I can go back to"],
  training: ["Finish a course so I can work as a cook", "Go back to school and get a certificate"],
  language: ["Speak the language well enough to go to appointments alone", "Pass the language test"],
  employment: ["Find a job with a real contract", "Earn my own money in a safe job"],
  money: ["Open a bank account in my name", "Pay my rent on time without help"],
  childcare: ["Find a nursery place for my son so I can study", "Make sure my children are settled at school"],
  "digital-safety": ["Feel safe using my phone again"],
  "peer-support": ["Meet other women who have been through the same"],
};
const PLM: readonly DomainId[] = ["accommodation", "legal", "therapy", "medical"];
const EEM: readonly DomainId[] = ["training", "language", "employment", "money"];
const EXTRA: readonly DomainId[] = ["digital-safety", "peer-support", "medical", "legal", "therapy", "interpreting"];

const PLAN_STATUS_WEIGHTS: readonly [PlanStatus, number][] = [
  ["draft", 0.3],
  ["submitted", 0.2],
  ["approved", 0.4],
  ["returned", 0.1],
];
const ACTION_STATUS_WEIGHTS: readonly [ActionStatus, number][] = [
  ["planned", 0.35],
  ["in-progress", 0.25],
  ["done", 0.25],
  ["blocked", 0.1],
  ["cancelled", 0.05],
];

function weighted<T>(random: Random, weights: readonly [T, number][]): T {
  let roll = random();
  for (const [value, weight] of weights) {
    if (roll < weight) return value;
    roll -= weight;
  }
  return weights[0]?.[0] as T;
}

function pickDistinct<T>(random: Random, items: readonly T[], n: number): T[] {
  const pool = [...items];
  return Array.from(
    { length: Math.min(n, pool.length) },
    () => pool.splice(Math.floor(random() * pool.length), 1)[0] as T,
  );
}

/** Her goal domains: at least one in each pathway, childcare only when she wants it planned. */
function goalDomains(random: Random, withChildcare: boolean): DomainId[] {
  const domains = [pick(random, PLM), pick(random, EEM)];
  if (withChildcare && random() < 0.5) domains.push("childcare");
  const more = pickDistinct(
    random,
    [...PLM, ...EEM, "digital-safety", "peer-support"] as DomainId[],
    integerBetween(random, 1, 4),
  );
  return [...new Set([...domains, ...more])].slice(0, 6);
}

/** The first steps most plans start with (legal needs, rights, health, psychological support). */
const FIRST_STEPS = [
  ["legal", "legal-needs-assessment"],
  ["legal", "rights-information"],
  ["medical", "health-check"],
  ["medical", "sexual-reproductive-health-screening"],
  ["therapy", "psychological-assessment"],
] as const satisfies readonly (readonly [DomainId, string])[];

function firstStepRow(
  random: Random,
  [domain, catalogueActionId]: (typeof FIRST_STEPS)[number],
  firstContactDate: string,
  caseworkerId: string | null,
) {
  const isDone = random() < 0.85;
  const dueDate = addDays(firstContactDate, integerBetween(random, 5, 20));
  const startedOn = isDone ? addDays(dueDate, -3) : null;
  return {
    domain,
    catalogueActionId,
    status: isDone ? ("done" as const) : ("planned" as const),
    dueDate,
    responsibleUserId: caseworkerId,
    startedOn,
    completedOn: isDone ? dueDate : null,
  };
}

function actionRow(random: Random, domain: DomainId, today: string, caseworkerId: string | null) {
  // A mother's childcare step is live (planned, running or done): the gap is for the others.
  const status =
    domain === "childcare"
      ? pick(random, ["planned", "in-progress", "done"] as const)
      : weighted(random, ACTION_STATUS_WEIGHTS);
  const isBlocked = status === "blocked";
  const dueDate = addDays(
    today,
    status === "done" ? -integerBetween(random, 5, 200) : integerBetween(random, -45, 120),
  );
  return {
    domain,
    catalogueActionId: pick(random, ACTION_IDS_BY_DOMAIN[domain]),
    status,
    dueDate,
    responsibleUserId: caseworkerId,
    barrierReason: isBlocked ? pick(random, BARRIER_REASONS) : null,
    startedOn: status === "in-progress" || status === "done" ? addDays(dueDate, -integerBetween(random, 10, 40)) : null,
    completedOn: status === "done" ? dueDate : null,
  };
}

async function managersByOrganisation(tx: Database): Promise<Map<string, string>> {
  const rows = await tx
    .select({ organisationId: memberships.organisationId, userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.role, "manager"), eq(memberships.active, true)));
  return new Map(rows.map((r) => [r.organisationId, r.userId]));
}

export async function seedPlans(tx: Database, { today, cipher }: SeedContext): Promise<void> {
  const random = seededRandom(3102);
  const seedClients = await planClients(tx);
  if (seedClients.length === 0) return;
  const managers = await managersByOrganisation(tx);
  const planRows = seedClients.map((client) => {
    const status = weighted(random, PLAN_STATUS_WEIGHTS);
    const isSent = status !== "draft";
    const agreed = isSent ? random() < 0.9 : random() < 0.5;
    const isDecided = status === "approved" || status === "returned";
    const housed = random();
    return {
      organisationId: client.organisationId,
      clientId: client.id,
      status,
      agreedByClient: agreed,
      agreedOn: agreed ? addDays(client.firstContactDate, integerBetween(random, 7, 30)) : null,
      conditionsImposed: random() < 0.05 ? ["cooperation-with-police"] : [],
      accommodationSingleSex: housed < 0.6 ? true : housed < 0.7 ? false : null,
      accommodationRatedSafe: housed < 0.7 ? pick(random, ["yes", "yes", "no", "not-asked"] as const) : null,
      lastSafetyReviewDate: addDays(today, -integerBetween(random, 5, 160)),
      submittedAt: isSent ? new Date(`${addDays(today, -integerBetween(random, 3, 60))}T10:00:00Z`) : null,
      decidedBy: isDecided ? (managers.get(client.organisationId) ?? null) : null,
      decidedAt: isDecided ? new Date(`${addDays(today, -integerBetween(random, 1, 2))}T15:00:00Z`) : null,
      returnComment:
        status === "returned"
          ? cipher.encrypt("Please go through the goals with her again and add a date for each step.")
          : null,
    };
  });
  const created = await tx.insert(plans).values(planRows).returning({ id: plans.id, clientId: plans.clientId });
  const planOf = new Map(created.map((p) => [p.clientId, p.id]));
  const goalRows: (typeof goals.$inferInsert)[] = [];
  const actionRows: (typeof actions.$inferInsert)[] = [];
  for (const client of seedClients) {
    const planId = planOf.get(client.id);
    if (!planId) continue;
    const base = { organisationId: client.organisationId, planId, clientId: client.id };
    const isMother = client.childrenCount > 0 || client.isPregnant;
    const withChildcare = isMother && random() < 0.67;
    const domains = goalDomains(random, withChildcare);
    domains.forEach((domain, position) => {
      goalRows.push({
        ...base,
        domain,
        textCipher: cipher.encrypt(pick(random, GOAL_TEXTS[domain] ?? ["Feel safe and settled"])),
        inHerOwnWords: random() < 0.85,
        currentGasLevel: integerBetween(random, -2, 1),
        position,
      });
    });
    const first = FIRST_STEPS.filter(() => random() < 0.7).map((step) =>
      firstStepRow(random, step, client.firstContactDate, client.caseworkerId),
    );
    const actionDomains = [
      ...(withChildcare ? (["childcare"] as const) : []),
      ...domains,
      ...pickDistinct(random, EXTRA, integerBetween(random, 1, 4)),
    ];
    const count = Math.max(4 - first.length, Math.min(10 - first.length, actionDomains.length));
    const chosen = Array.from({ length: count }, (_, i) => actionDomains[i % actionDomains.length] ?? "legal");
    const rows = [...first, ...chosen.map((domain) => actionRow(random, domain, today, client.caseworkerId))];
    for (const [position, row] of rows.entries()) actionRows.push({ ...base, ...row, position });
  }
  await tx.insert(goals).values(goalRows);
  await tx.insert(actions).values(actionRows);
}
