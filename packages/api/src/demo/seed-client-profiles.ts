// The profile facts of every demo client (intake facts the plan checks, lists and indicators
// read): about 70% third-country nationals, age bands, children for about 40%, a few pregnant,
// languages and interpreter need, legal and identification status, her choice about
// cooperating with the authorities. Deterministic, with its own random stream.
import { addDays, FIRST_CONTACT_CHANNELS, type LegalStatus, type RecordedAgeBand } from "@gesim/core";
import { asc, clients, type Database, eq, organisations, sql } from "@gesim/db";
import { integerBetween, pick, seededRandom } from "./random.ts";

type Random = () => number;

function weighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  let roll = random() * options.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of options) {
    if (roll < weight) return value;
    roll -= weight;
  }
  const last = options.at(-1);
  if (!last) throw new Error("weighted pick from an empty list");
  return last[0];
}

const AGE_WEIGHTS: readonly (readonly [RecordedAgeBand, number])[] = [
  ["18-24", 30],
  ["25-34", 40],
  ["35-44", 20],
  ["45+", 10],
];
const TCN_LEGAL: readonly (readonly [LegalStatus, number])[] = [
  ["reflection-period", 20],
  ["residence-permit", 30],
  ["asylum-pending", 25],
  ["asylum-refused", 8],
  ["undocumented", 12],
  ["other", 5],
];
const IDENTIFICATION = [
  ["not-assessed", 25],
  ["reasonable-grounds", 35],
  ["formally-identified", 30],
  ["refused", 7],
  ["appealed", 3],
] as const;
const COOPERATION = [
  ["cooperating", 35],
  ["not-cooperating", 20],
  ["undecided", 25],
  ["not-asked", 20],
] as const;
const TCN_LANGUAGES = [
  ["en", "pcm"],
  ["en", "yo"],
  ["en", "edo"],
  ["es"],
  ["zh"],
  ["vi"],
  ["ar"],
  ["fr", "wo"],
  ["ru"],
  ["uk"],
  ["th"],
  ["pt"],
] as const;
const EU_LANGUAGES = [["ro"], ["bg"], ["hu"], ["pl"], ["ro", "hu"], ["en", "ro"], ["sk"]] as const;

function profileOf(random: Random, firstContactDate: string) {
  const isThirdCountry = random() < 0.7;
  const legalStatus: LegalStatus = isThirdCountry ? weighted(random, TCN_LEGAL) : "eu-citizen";
  const languages = [...pick<readonly string[]>(random, isThirdCountry ? TCN_LANGUAGES : EU_LANGUAGES)];
  const hasChildren = random() < 0.4;
  return {
    citizenship: isThirdCountry ? "third-country" : "eu",
    legalStatus,
    reflectionPeriodEnd:
      legalStatus === "reflection-period" ? addDays(firstContactDate, integerBetween(random, 60, 180)) : null,
    ageBand: weighted(random, AGE_WEIGHTS),
    childrenCount: hasChildren ? integerBetween(random, 1, 3) : 0,
    isPregnant: random() < 0.07,
    languages: languages.join(","),
    needsInterpreter: !languages.includes("en") && random() < 0.85,
    identificationStatus: weighted(random, IDENTIFICATION),
    cooperation: weighted(random, COOPERATION),
    isInTrainingOrWork: random() < 0.3,
    channel: pick(random, FIRST_CONTACT_CHANNELS),
  };
}

/** Sets the profile facts of every client in one statement (organisation name, pseudonym order). */
export async function seedClientProfiles(tx: Database): Promise<void> {
  const random = seededRandom(7303);
  const rows = await tx
    .select({ id: clients.id, firstContactDate: clients.firstContactDate })
    .from(clients)
    .innerJoin(organisations, eq(organisations.id, clients.organisationId))
    .orderBy(asc(organisations.name), asc(clients.pseudonym));
  if (rows.length === 0) return;
  const values = rows.map(({ id, firstContactDate }) => {
    const p = profileOf(random, firstContactDate);
    return sql`(${id}::uuid, ${p.citizenship}::citizenship_group, ${p.legalStatus}::legal_status, ${p.reflectionPeriodEnd}::date, ${p.ageBand}, ${p.childrenCount}::int,
      ${p.isPregnant}::boolean, ${p.languages}, ${p.needsInterpreter}::boolean, ${p.identificationStatus}::identification_status,
      ${p.cooperation}::cooperation_choice, ${p.isInTrainingOrWork}::boolean, ${p.channel})`;
  });
  await tx.execute(sql`
    update clients set citizenship = v.citizenship, legal_status = v.legal_status, reflection_period_end = v.reflection_end, age_band = v.age_band,
      children_count = v.children, is_pregnant = v.pregnant, languages = string_to_array(v.languages, ','), needs_interpreter = v.interpreter,
      identification_status = v.identification, cooperation_with_authorities = v.cooperation, is_in_training_or_work = v.working,
      first_contact_channel = v.channel
    from (values ${sql.join(values, sql`, `)}) as v(id, citizenship, legal_status, reflection_end, age_band, children, pregnant, languages,
      interpreter, identification, cooperation, working, channel)
    where clients.id = v.id`);
  await seedChildrenAndPermits(tx);
}

/**
 * Each demo child's age and home (issue 21 item 8), and the basis and expiry of demo residence
 * permits (item 3). A separate random stream, so the facts above stay as they were.
 */
async function seedChildrenAndPermits(tx: Database): Promise<void> {
  const random = seededRandom(7304);
  const rows = await tx
    .select({
      id: clients.id,
      count: clients.childrenCount,
      legalStatus: clients.legalStatus,
      first: clients.firstContactDate,
    })
    .from(clients)
    .innerJoin(organisations, eq(organisations.id, clients.organisationId))
    .orderBy(asc(organisations.name), asc(clients.pseudonym));
  const values = rows.flatMap((row) => {
    const children = Array.from({ length: row.count }, () => ({
      age: integerBetween(random, 0, 19),
      livesWith: random() < 0.6 ? "with-her" : random() < 0.8 ? "abroad" : "in-country",
    }));
    const hasPermit = row.legalStatus === "residence-permit";
    const basis = hasPermit ? (random() < 0.5 ? "tied-to-cooperation" : "independent") : null;
    const expires = hasPermit ? addDays(row.first, integerBetween(random, 120, 720)) : null;
    if (row.count === 0 && !hasPermit) return [];
    const list = row.count > 0 ? JSON.stringify(children) : null;
    return [sql`(${row.id}::uuid, ${list}::jsonb, ${basis}::permit_basis, ${expires}::date)`];
  });
  if (values.length === 0) return;
  await tx.execute(sql`
    update clients set children = v.children, permit_basis = v.basis, permit_expires_on = v.expires
    from (values ${sql.join(values, sql`, `)}) as v(id, children, basis, expires)
    where clients.id = v.id`);
}
