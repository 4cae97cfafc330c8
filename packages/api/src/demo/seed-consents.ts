// Demo consents for every client of both organisations: about 80% agreed to be counted in
// anonymised statistics (a few withdrew later), many agreed to share data with a named
// (fictional) organisation, a few to the use of their story. Service-referral consents name
// provider ids and are seeded with the referrals (seed-referrals.ts). Deterministic.
import { addDays, CONSENT_RECORDING_METHODS, type ConsentPurpose } from "@gesim/core";
import { asc, clients, consents, type Database, eq, organisations } from "@gesim/db";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { consentRecipientColumns } from "../crypto/narrative.ts";
import { integerBetween, pick, seededRandom } from "./random.ts";

export type ConsentSeedContext = { today: string; cipher: FieldCipher };

type Random = () => number;
type NewConsent = typeof consents.$inferInsert;
type SeedClient = { id: string; organisationId: string; caseworkerId: string | null; firstContactDate: string };

const SHARING_RECIPIENTS = [
  "Fictional Legal Aid Collective",
  "Demo Community Health Centre",
  "Demo Counselling Service",
  "Demo Language School",
] as const;

function earliest(a: string, b: string): string {
  return a < b ? a : b;
}

function consentsOf(random: Random, cipher: FieldCipher, client: SeedClient, today: string): NewConsent[] {
  const base = { organisationId: client.organisationId, clientId: client.id, recordedBy: client.caseworkerId };
  const givenOn = () => earliest(addDays(client.firstContactDate, integerBetween(random, 0, 14)), today);
  const consent = (purpose: ConsentPurpose, given: string, extra: Partial<NewConsent> = {}): NewConsent => ({
    ...base,
    purpose,
    givenOn: given,
    recordedHow: pick(random, CONSENT_RECORDING_METHODS),
    ...extra,
  });
  const rows: NewConsent[] = [];
  if (random() < 0.8) {
    const given = givenOn();
    const withdrawnOn = random() < 0.08 ? earliest(addDays(given, integerBetween(random, 10, 200)), today) : null;
    rows.push(consent("anonymised-reporting", given, { withdrawnOn }));
  }
  if (rows.length === 0 || random() < 0.45) {
    const given = givenOn();
    // Some sharing consents were for a year only; older ones have expired.
    const expiresOn = random() < 0.3 ? addDays(given, 365) : null;
    const recipient = consentRecipientColumns(cipher, pick(random, SHARING_RECIPIENTS));
    rows.push(consent("data-sharing", given, { ...recipient, expiresOn }));
  }
  if (random() < 0.05) rows.push(consent("story-use", givenOn()));
  return rows;
}

/** Consents for every client, in one insert (organisation name, pseudonym order). */
export async function seedConsents(tx: Database, { today, cipher }: ConsentSeedContext): Promise<void> {
  const random = seededRandom(7304);
  const rows = await tx
    .select({
      id: clients.id,
      organisationId: clients.organisationId,
      caseworkerId: clients.caseworkerId,
      firstContactDate: clients.firstContactDate,
    })
    .from(clients)
    .innerJoin(organisations, eq(organisations.id, clients.organisationId))
    .orderBy(asc(organisations.name), asc(clients.pseudonym));
  const values = rows.flatMap((client) => consentsOf(random, cipher, client, today));
  if (values.length > 0) await tx.insert(consents).values(values);
}
