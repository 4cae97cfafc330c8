// Bulk seed for the benchmark: N clients across the organisations, with plans (about 8 goals
// and 12 actions each), assessments, reviews, consents, closures, providers, referrals and
// hash-chained audit events. Rows are generated in batches of clients and written as
// multi-row INSERTs, so memory stays flat at 100k clients. Runs as the connecting role (the
// tables' owner), like the demo seed; row-level security stays on for the app's role.
import { randomUUID } from "node:crypto";
import {
  type FieldCipher,
  GENESIS_HASH,
  hashAuditEvent,
  hashPassword,
  integerBetween,
  pick,
  seededRandom,
} from "@gesim/api";
import {
  ACTION_IDS_BY_DOMAIN,
  type ACTION_STATUSES,
  AGE_BANDS,
  addDays,
  BARRIER_REASONS,
  CITIZENSHIP_GROUPS,
  CLOSURE_REASONS,
  DOMAIN_IDS,
  type DomainId,
  daysBetween,
  LEGAL_STATUSES,
  PLAN_STATUSES,
  RISK_ITEM_IDS,
} from "@gesim/core";
import { type Database, sql } from "@gesim/db";
import { insertStatement, type Literal } from "./sql-literals.ts";

export const BENCH_PASSWORD = "gesim-bench-2026";
/** Clients per caseworker: the caseload stays realistic whatever N is. */
const CASELOAD = 200;
const PROVIDERS_PER_ORGANISATION = 30;
const BATCH_CLIENTS = 250;
const ROWS_PER_STATEMENT = 500;
const PARALLEL_WRITES = 2;

export type SeedOptions = {
  clients: number;
  organisations: number;
  today: string;
  /** The app server's field cipher: goal wording is stored encrypted, as the app writes it (issue 15 item 4). */
  cipher: FieldCipher;
  onProgress?: (done: number, total: number) => void;
};

export type SeedUser = { id: string; email: string };
export type SeedOrganisation = { id: string; caseworkers: SeedUser[]; manager: SeedUser; funder: SeedUser };
/** What the load runs need: who signs in and which of her clients they open and edit. */
export type SeedFixtures = {
  password: string;
  organisation: SeedOrganisation;
  /** Clients of the first caseworker of the first organisation that have a plan. */
  plannedClients: { clientId: string; planId: string }[];
};
export type SeedResult = { fixtures: SeedFixtures; rows: Record<string, number>; seconds: number };

type Random = () => number;
type Row = readonly Literal[];

const COLUMNS = {
  organisations: ["id", "name", "country"],
  users: ["id", "email", "display_name", "password_hash"],
  memberships: ["id", "organisation_id", "user_id", "role"],
  service_providers: ["id", "organisation_id", "name", "domains", "is_women_only"],
  clients: [
    "id",
    "organisation_id",
    "pseudonym",
    "status",
    "caseworker_id",
    "first_contact_date",
    "next_review_date",
    "citizenship",
    "age_band",
    "children_count",
    "is_pregnant",
    "languages",
    "legal_status",
    "identification_status",
    "is_in_training_or_work",
    "closed_on",
  ],
  plans: [
    "id",
    "organisation_id",
    "client_id",
    "status",
    "agreed_by_client",
    "agreed_on",
    "accommodation_single_sex",
    "accommodation_rated_safe",
    "last_safety_review_date",
  ],
  goals: [
    "id",
    "organisation_id",
    "plan_id",
    "client_id",
    "domain",
    "text_cipher",
    "in_her_own_words",
    "current_gas_level",
    "weight",
    "position",
  ],
  actions: [
    "id",
    "organisation_id",
    "plan_id",
    "client_id",
    "goal_id",
    "domain",
    "catalogue_action_id",
    "provider_id",
    "responsible_user_id",
    "due_date",
    "status",
    "barrier_reason",
    "started_on",
    "completed_on",
    "position",
  ],
  assessments: ["id", "organisation_id", "client_id", "kind", "version", "assessed_on", "assessed_by", "content"],
  reviews: [
    "id",
    "organisation_id",
    "client_id",
    "plan_id",
    "reviewed_on",
    "housing_rated_safe",
    "next_review_date",
    "reviewed_by",
  ],
  consents: ["id", "organisation_id", "client_id", "purpose", "recipient", "given_on", "recorded_how", "recorded_by"],
  closures: ["id", "organisation_id", "client_id", "closed_on", "reasons", "closed_by"],
  referrals: [
    "id",
    "organisation_id",
    "client_id",
    "provider_id",
    "consent_id",
    "status",
    "sent_on",
    "decided_on",
    "created_by",
  ],
  audit_events: [
    "id",
    "chain",
    "organisation_id",
    "actor_user_id",
    "action",
    "entity_type",
    "entity_id",
    "outcome",
    "created_at",
    "seq",
    "prev_hash",
    "hash",
  ],
} as const;
type Table = keyof typeof COLUMNS;

const PLANT_WORDS = [
  "Aster",
  "Birch",
  "Clover",
  "Dahlia",
  "Elder",
  "Fern",
  "Gorse",
  "Hazel",
  "Iris",
  "Juniper",
  "Laurel",
  "Myrtle",
  "Olive",
  "Poppy",
  "Rowan",
  "Sorrel",
  "Violet",
  "Willow",
  "Yarrow",
  "Zinnia",
] as const;
const GOAL_TEXTS = [
  "Find a safe place to live",
  "Get papers so I can stay and work",
  "Sleep better and feel less afraid",
  "Speak the language well enough to go to appointments alone",
  "Find a job with a real contract",
  "Open a bank account in my name",
  "Meet other women who have been through the same",
] as const;
const COUNTRIES = ["DE", "IT", "AT", "ES", "NL"] as const;

function weighted<T>(random: Random, weights: readonly [T, number][]): T {
  let roll = random();
  for (const [value, weight] of weights) {
    if (roll < weight) return value;
    roll -= weight;
  }
  return weights[0]![0];
}

/** Collects rows per table and writes them in statements of ROWS_PER_STATEMENT rows. */
class Writer {
  readonly counts: Record<string, number> = {};
  private pending = new Map<Table, Row[]>();
  constructor(private readonly db: Database) {}

  add(table: Table, row: Row): void {
    const rows = this.pending.get(table) ?? [];
    rows.push(row);
    this.pending.set(table, rows);
  }

  /** Writes everything pending, parents before children (the map keeps insertion order of tables). */
  async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = new Map(); // the next batch collects while this one is written
    for (const [table, rows] of pending) {
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        const insert = sql.raw(insertStatement(table, COLUMNS[table], rows.slice(i, i + ROWS_PER_STATEMENT)));
        if (table !== "audit_events") await this.db.execute(insert);
        // Sealed audit events are refused unless written as a restore is (migration 0012's guard).
        else
          await this.db.transaction(async (tx) => {
            await tx.execute(sql`select set_config('gesim.audit_restore', 'on', true)`);
            await tx.execute(insert);
          });
      }
      this.counts[table] = (this.counts[table] ?? 0) + rows.length;
    }
  }
}

/** Per-organisation audit hash chains, continued across batches (record-audit.ts's hash). */
class AuditChains {
  private heads = new Map<string, { hash: string; seq: number }>();
  /** Ids are given here, in generation order, so batches written side by side keep each chain in id order. */
  private lastId = 0;
  constructor(private readonly writer: Writer) {}

  add(
    organisationId: string,
    actorUserId: string,
    action: string,
    entityType: string,
    entityId: string,
    createdAt: Date,
  ): void {
    const head = this.heads.get(organisationId) ?? { hash: GENESIS_HASH, seq: 0 };
    const fields = {
      chain: organisationId,
      organisationId,
      actorUserId,
      action,
      entityType,
      entityId,
      outcome: "ok",
      createdAt,
    };
    const hash = hashAuditEvent(head.hash, fields);
    const seq = head.seq + 1;
    this.heads.set(organisationId, { hash, seq });
    this.lastId += 1;
    this.writer.add("audit_events", [
      this.lastId,
      organisationId,
      organisationId,
      actorUserId,
      action,
      entityType,
      entityId,
      "ok",
      createdAt.toISOString(),
      seq,
      head.hash,
      hash,
    ]);
  }
}

function needsContent(random: Random, assessedOn: string) {
  const levels = ["none", "low", "medium", "high", "urgent"] as const;
  return {
    assessedOn,
    needs: Object.fromEntries(DOMAIN_IDS.filter(() => random() < 0.8).map((d) => [d, { level: pick(random, levels) }])),
  };
}

function riskContent(random: Random, assessedOn: string) {
  const answers = Object.fromEntries(
    RISK_ITEM_IDS.map((id) => [
      id,
      {
        answer: weighted(random, [
          ["no", 0.8],
          ["yes", 0.1],
          ["unknown", 0.1],
        ] as const),
      },
    ]),
  );
  return { assessedOn, answers };
}

function ladderContent(random: Random, domains: readonly DomainId[], date: string, step: number) {
  return {
    readings: domains.map((domain) => ({
      domain,
      value: Math.min(10, integerBetween(random, 2, 5) + step * integerBetween(random, 0, 2)),
      date,
    })),
  };
}

type Org = SeedOrganisation & { providers: string[] };

/** One client and everything of her case. Returns her plan id when she has one. */
function seedClient(
  random: Random,
  w: Writer,
  audit: AuditChains,
  org: Org,
  index: number,
  today: string,
  cipher: FieldCipher,
): { clientId: string; planId: string | null; caseworker: string } {
  const clientId = randomUUID();
  const caseworker = org.caseworkers[index % org.caseworkers.length]!.id;
  const status = weighted(random, [
    ["active", 0.7],
    ["intake", 0.08],
    ["paused", 0.05],
    ["closed", 0.17],
  ] as const);
  const firstContact = addDays(today, -integerBetween(random, 5, 1000));
  const closedOn =
    status === "closed"
      ? addDays(firstContact, integerBetween(random, 1, Math.max(1, daysBetween(firstContact, today) - 1)))
      : null;
  const children = random() < 0.35 ? integerBetween(random, 1, 3) : 0;
  w.add("clients", [
    clientId,
    org.id,
    `${pick(random, PLANT_WORDS)}-${String(index).padStart(6, "0")}`,
    status,
    caseworker,
    firstContact,
    status === "closed" ? null : addDays(today, integerBetween(random, -20, 60)),
    pick(random, CITIZENSHIP_GROUPS),
    pick(random, AGE_BANDS.slice(0, 4)),
    children,
    random() < 0.05,
    ["en"],
    pick(random, LEGAL_STATUSES),
    pick(random, ["not-assessed", "reasonable-grounds", "formally-identified"]),
    random() < 0.3,
    closedOn,
  ]);
  const at = (date: string, seconds: number) => new Date(Date.parse(`${date}T09:00:00Z`) + seconds * 1000);
  audit.add(org.id, caseworker, "clients.create", "client", clientId, at(firstContact, 0));
  const reporting = random() < 0.8;
  const referralConsent = random() < 0.6 ? randomUUID() : null;
  if (reporting)
    w.add("consents", [
      randomUUID(),
      org.id,
      clientId,
      "anonymised-reporting",
      null,
      firstContact,
      "written-signed",
      caseworker,
    ]);
  if (referralConsent)
    w.add("consents", [
      referralConsent,
      org.id,
      clientId,
      "service-referral",
      "Service directory",
      firstContact,
      "verbal-with-interpreter",
      caseworker,
    ]);
  if (closedOn)
    w.add("closures", [randomUUID(), org.id, clientId, closedOn, [pick(random, CLOSURE_REASONS)], caseworker]);
  if (status === "intake") return { clientId, planId: null, caseworker };

  const start = addDays(firstContact, 7);
  w.add("assessments", [
    randomUUID(),
    org.id,
    clientId,
    "needs",
    1,
    start,
    caseworker,
    { json: needsContent(random, start) },
  ]);
  w.add("assessments", [
    randomUUID(),
    org.id,
    clientId,
    "risk",
    1,
    start,
    caseworker,
    { json: riskContent(random, start) },
  ]);
  const ladderDomains = DOMAIN_IDS.filter((d) => d === "accommodation" || random() < 0.5);
  const later = addDays(start, integerBetween(random, 30, 200));
  w.add("assessments", [
    randomUUID(),
    org.id,
    clientId,
    "ladder",
    1,
    start,
    caseworker,
    { json: ladderContent(random, ladderDomains, start, 0) },
  ]);
  w.add("assessments", [
    randomUUID(),
    org.id,
    clientId,
    "ladder",
    2,
    later,
    caseworker,
    { json: ladderContent(random, ladderDomains, later, 1) },
  ]);

  const planId = randomUUID();
  const agreed = random() < 0.7;
  const housed = random();
  w.add("plans", [
    planId,
    org.id,
    clientId,
    pick(random, PLAN_STATUSES),
    agreed,
    agreed ? addDays(firstContact, integerBetween(random, 7, 30)) : null,
    housed < 0.6 ? true : housed < 0.7 ? false : null,
    housed < 0.7 ? pick(random, ["yes", "yes", "no", "not-asked"]) : null,
    addDays(today, -integerBetween(random, 5, 160)),
  ]);
  const goalIds: { id: string; domain: DomainId }[] = [];
  const goalCount = integerBetween(random, 6, 10);
  for (let position = 0; position < goalCount; position += 1) {
    const domain = pick(random, DOMAIN_IDS);
    const id = randomUUID();
    goalIds.push({ id, domain });
    w.add("goals", [
      id,
      org.id,
      planId,
      clientId,
      domain,
      cipher.encrypt(pick(random, GOAL_TEXTS)),
      random() < 0.85,
      integerBetween(random, -2, 2),
      integerBetween(random, 1, 3),
      position,
    ]);
  }
  const actionCount = integerBetween(random, 9, 15);
  for (let position = 0; position < actionCount; position += 1) {
    const goal = random() < 0.7 ? pick(random, goalIds) : null;
    const domain = goal?.domain ?? pick(random, DOMAIN_IDS);
    const actionStatus = weighted(random, [
      ["planned", 0.35],
      ["in-progress", 0.25],
      ["done", 0.25],
      ["blocked", 0.1],
      ["cancelled", 0.05],
    ] satisfies [(typeof ACTION_STATUSES)[number], number][]);
    const due = addDays(
      today,
      actionStatus === "done" ? -integerBetween(random, 5, 300) : integerBetween(random, -45, 120),
    );
    const started =
      actionStatus === "in-progress" || actionStatus === "done" ? addDays(due, -integerBetween(random, 10, 40)) : null;
    w.add("actions", [
      randomUUID(),
      org.id,
      planId,
      clientId,
      goal?.id ?? null,
      domain,
      pick(random, ACTION_IDS_BY_DOMAIN[domain]),
      random() < 0.3 ? pick(random, org.providers) : null,
      caseworker,
      due,
      actionStatus,
      actionStatus === "blocked" ? pick(random, BARRIER_REASONS) : null,
      started,
      actionStatus === "done" ? due : null,
      position,
    ]);
  }
  const reviewCount = integerBetween(random, 1, 4);
  for (let i = 0; i < reviewCount; i += 1) {
    const reviewedOn = addDays(start, 60 * (i + 1));
    if (reviewedOn > today) break;
    w.add("reviews", [
      randomUUID(),
      org.id,
      clientId,
      planId,
      reviewedOn,
      pick(random, ["yes", "no", "not-asked"]),
      addDays(reviewedOn, 60),
      caseworker,
    ]);
  }
  if (referralConsent && random() < 0.4) {
    const decided = random() < 0.7;
    w.add("referrals", [
      randomUUID(),
      org.id,
      clientId,
      pick(random, org.providers),
      referralConsent,
      decided ? pick(random, ["accepted", "done", "rejected"]) : "sent",
      start,
      decided ? addDays(start, 10) : null,
      caseworker,
    ]);
  }
  audit.add(org.id, caseworker, "plans.create", "plan", planId, at(start, 1));
  audit.add(org.id, caseworker, "plan.read", "plan", planId, at(start, 2));
  audit.add(org.id, caseworker, "plans.update", "plan", planId, at(start, 3));
  return { clientId, planId, caseworker };
}

/** Organisations, staff (one password hash for all: argon2 is slow on purpose), providers, a funding relationship. */
async function seedStaff(
  w: Writer,
  random: Random,
  organisations: number,
  caseworkersPerOrganisation: number,
): Promise<Org[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const orgs: Org[] = [];
  const user = (email: string, name: string, organisationId: string, role: string): SeedUser => {
    const id = randomUUID();
    w.add("users", [id, email, name, passwordHash]);
    w.add("memberships", [randomUUID(), organisationId, id, role]);
    return { id, email };
  };
  for (let o = 0; o < organisations; o += 1) {
    const id = randomUUID();
    w.add("organisations", [id, `Bench NGO ${o + 1}`, COUNTRIES[o % COUNTRIES.length]!]);
    const caseworkers = Array.from({ length: caseworkersPerOrganisation }, (_, c) =>
      user(`caseworker-${o + 1}-${c + 1}@bench.test`, `Caseworker ${o + 1}.${c + 1}`, id, "caseworker"),
    );
    const manager = user(`manager-${o + 1}@bench.test`, `Manager ${o + 1}`, id, "manager");
    const funder = user(`funder-${o + 1}@bench.test`, `Funder ${o + 1}`, id, "funder");
    const providers = Array.from({ length: PROVIDERS_PER_ORGANISATION }, (_, p) => {
      const providerId = randomUUID();
      w.add("service_providers", [
        providerId,
        id,
        `Provider ${String(p + 1).padStart(2, "0")}`,
        [pick(random, DOMAIN_IDS), pick(random, DOMAIN_IDS)],
        random() < 0.5,
      ]);
      return providerId;
    });
    orgs.push({ id, caseworkers, manager, funder, providers });
  }
  await w.flush();
  return orgs;
}

/** Funders of every organisation report on one relationship covering all of them (the relationship-wide funder view). */
async function seedFundingRelationship(db: Database, orgs: readonly Org[]): Promise<void> {
  const id = randomUUID();
  await db.execute(sql.raw(insertStatement("funding_relationships", ["id", "name"], [[id, "Bench integration fund"]])));
  await db.execute(
    sql.raw(
      insertStatement(
        "funding_relationship_organisations",
        ["relationship_id", "organisation_id"],
        orgs.map((o) => [id, o.id]),
      ),
    ),
  );
  await db.execute(
    sql.raw(
      insertStatement(
        "funding_relationship_members",
        ["relationship_id", "user_id"],
        orgs.map((o) => [id, o.funder.id]),
      ),
    ),
  );
}

export async function seedBenchDatabase(db: Database, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const random = seededRandom(8008);
  const w = new Writer(db);
  const perOrganisation = Math.ceil(options.clients / options.organisations);
  const orgs = await seedStaff(w, random, options.organisations, Math.max(2, Math.ceil(perOrganisation / CASELOAD)));
  await seedFundingRelationship(db, orgs);
  const audit = new AuditChains(w);
  const first = orgs[0]!;
  const plannedClients: SeedFixtures["plannedClients"] = [];
  // The next batches are generated while the database writes earlier ones, on two connections
  // (each batch is whole: its clients before their children).
  const writing: Promise<void>[] = [];
  for (let done = 0; done < options.clients; ) {
    const batchEnd = Math.min(options.clients, done + BATCH_CLIENTS);
    for (let i = done; i < batchEnd; i += 1) {
      const org = orgs[i % orgs.length]!;
      const seeded = seedClient(random, w, audit, org, Math.floor(i / orgs.length), options.today, options.cipher);
      if (
        org === first &&
        seeded.planId &&
        seeded.caseworker === first.caseworkers[0]!.id &&
        plannedClients.length < 32
      ) {
        plannedClients.push({ clientId: seeded.clientId, planId: seeded.planId });
      }
    }
    if (writing.length >= PARALLEL_WRITES) await writing.shift();
    options.onProgress?.(done, options.clients);
    writing.push(w.flush());
    done = batchEnd;
  }
  await Promise.all(writing);
  options.onProgress?.(options.clients, options.clients);
  // Each chain's head: its last sealed event (seq follows generation order within a chain).
  await db.execute(
    sql.raw(`insert into audit_chain_heads (chain, last_hash, last_event_id, last_seq)
      select e.chain, e.hash, e.id, e.seq from audit_events e join (select chain, max(seq) as seq from audit_events group by chain) m on m.chain = e.chain and m.seq = e.seq`),
  );
  await db.execute(
    sql.raw(`select setval(pg_get_serial_sequence('audit_events', 'id'), (select max(id) from audit_events))`),
  );
  await db.execute(sql.raw("analyze"));
  const { caseworkers, manager, funder, id } = first;
  return {
    fixtures: {
      password: BENCH_PASSWORD,
      organisation: { id, caseworkers: caseworkers.slice(0, 1), manager, funder },
      plannedClients,
    },
    rows: w.counts,
    seconds: (performance.now() - started) / 1000,
  };
}
