import type { ClientStatus, Role } from "@gesim/core";
import { clientIdentities, clients, count, type Database, memberships, organisations, users } from "@gesim/db";
import { hashPassword } from "../auth/password.ts";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { integerBetween, pick, seededRandom } from "./random.ts";
import { seedAppointments } from "./seed-appointments.ts";
import { seedAssessments } from "./seed-assessments.ts";
import { seedClientProfiles } from "./seed-client-profiles.ts";
import { seedClosures } from "./seed-closures.ts";
import { seedConsents } from "./seed-consents.ts";
import { seedFunding } from "./seed-funding.ts";
import { seedNotes } from "./seed-notes.ts";
import { seedPlans } from "./seed-plans.ts";
import { seedProviders } from "./seed-providers.ts";
import { seedReferrals } from "./seed-referrals.ts";
import { seedReviews } from "./seed-reviews.ts";

/** The demo's one password; printed at start-up and in the README. Never on a real server unless GESIM_DEMO=1. */
export const DEMO_PASSWORD = "gesim-demo-2026";
export const DEMO_ORGANISATION = "Demo Women's Support NGO";
export const SECOND_ORGANISATION = "Second NGO";

type DemoUser = { email: string; displayName: string; role: Role; organisation: "demo" | "second" };

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "caseworker@demo.test", displayName: "Demo Caseworker", role: "caseworker", organisation: "demo" },
  { email: "manager@demo.test", displayName: "Demo Manager", role: "manager", organisation: "demo" },
  { email: "funder@demo.test", displayName: "Demo Funder", role: "funder", organisation: "demo" },
  { email: "admin@demo.test", displayName: "Demo Admin", role: "admin", organisation: "demo" },
  { email: "caseworker-b@demo.test", displayName: "Demo Caseworker B", role: "caseworker", organisation: "demo" },
  { email: "caseworker2@demo.test", displayName: "Second NGO Caseworker", role: "caseworker", organisation: "second" },
];

// Plant names with a number: clearly fictional and never a real person's name.
const PSEUDONYM_WORDS = [
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
  "Kale",
  "Laurel",
  "Myrtle",
  "Nettle",
  "Olive",
  "Poppy",
  "Quince",
  "Rowan",
  "Sorrel",
  "Tansy",
  "Umbel",
  "Violet",
  "Willow",
  "Yarrow",
  "Zinnia",
] as const;

const STATUS_WEIGHTS: readonly [ClientStatus, number][] = [
  ["intake", 0.1],
  ["active", 0.7],
  ["paused", 0.05],
  ["closed", 0.15],
];

function pickStatus(random: () => number): ClientStatus {
  let roll = random();
  for (const [status, weight] of STATUS_WEIGHTS) {
    if (roll < weight) return status;
    roll -= weight;
  }
  return "active";
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function demoClients(random: () => number, total: number, today: string, caseworkerIds: readonly string[]) {
  const used = new Set<string>();
  return Array.from({ length: total }, () => {
    let pseudonym: string;
    do pseudonym = `${pick(random, PSEUDONYM_WORDS)}-${String(integerBetween(random, 1, 999)).padStart(3, "0")}`;
    while (used.has(pseudonym));
    used.add(pseudonym);
    const status = pickStatus(random);
    // Contacts spread over the last 18 months so every dashboard has recent data.
    const firstContactDate = addDays(today, -integerBetween(random, 3, 548));
    const nextReviewDate = status === "closed" ? null : addDays(today, integerBetween(random, -20, 60));
    return { pseudonym, status, firstContactDate, nextReviewDate, caseworkerId: pick(random, caseworkerIds) };
  });
}

/**
 * Seeds the deterministic demo when the database has no organisation yet; otherwise does
 * nothing. Returns whether it seeded.
 */
export async function seedDemoIfEmpty(db: Database, today: string, cipher: FieldCipher): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(organisations);
  if ((existing?.n ?? 0) > 0) return false;
  const random = seededRandom(2026);
  await db.transaction(async (tx) => {
    const [demo, second] = await tx
      .insert(organisations)
      .values([
        { name: DEMO_ORGANISATION, country: "IT" },
        { name: SECOND_ORGANISATION, country: "IT" },
      ])
      .returning();
    if (!demo || !second) throw new Error("demo organisations were not created");
    const orgIds = { demo: demo.id, second: second.id };
    const caseworkers: Record<"demo" | "second", string[]> = { demo: [], second: [] };
    const funders: string[] = [];
    for (const person of DEMO_USERS) {
      const [user] = await tx
        .insert(users)
        .values({
          email: person.email,
          displayName: person.displayName,
          passwordHash: await hashPassword(DEMO_PASSWORD),
        })
        .returning({ id: users.id });
      if (!user) throw new Error("demo user was not created");
      await tx
        .insert(memberships)
        .values({ organisationId: orgIds[person.organisation], userId: user.id, role: person.role });
      if (person.role === "caseworker") caseworkers[person.organisation].push(user.id);
      if (person.role === "funder") funders.push(user.id);
    }
    const created = await tx
      .insert(clients)
      .values([
        ...demoClients(random, 120, today, caseworkers.demo).map((c) => ({ ...c, organisationId: demo.id })),
        ...demoClients(random, 30, today, caseworkers.second).map((c) => ({ ...c, organisationId: second.id })),
      ])
      .returning({ id: clients.id, organisationId: clients.organisationId });
    // The identity vault, encrypted like real data; the names say they are fictional.
    await tx.insert(clientIdentities).values(
      created.map((client, index) => ({
        clientId: client.id,
        organisationId: client.organisationId,
        legalName: cipher.encrypt(`Fictional Person ${String(index + 1).padStart(3, "0")}`),
        dateOfBirth: cipher.encrypt(
          `19${integerBetween(random, 70, 99)}-0${integerBetween(random, 1, 9)}-1${integerBetween(random, 0, 9)}`,
        ),
      })),
    );
    // Profile facts first: the later seeds (assessments, plans) read them.
    await seedClientProfiles(tx);
    await seedConsents(tx, { today, cipher });
    await seedProviders(tx, { today });
    await seedReferrals(tx, { today });
    await seedNotes(tx, { today, cipher });
    await seedAppointments(tx, { today, cipher });
    await seedAssessments(tx, { today, cipher });
    await seedPlans(tx, { today, cipher });
    await seedReviews(tx, { today, cipher });
    await seedClosures(tx, { today });
    await seedFunding(tx, { organisationIds: [demo.id, second.id], funderUserIds: funders });
  });
  return true;
}
