import { asc, clients, type Database, eq, notes } from "@gesim/db";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { integerBetween, pick, seededRandom } from "./random.ts";

export type SeedContext = { today: string; cipher: FieldCipher };

// Generic, fictional wording: no names, places or stories.
export const DEMO_NOTE_TEXTS = [
  "Met at the office. Talked through the plan; she chose the next two steps herself.",
  "Phone check-in. She feels settled this week and asked about the language course dates.",
  "Accompanied her to an appointment. Interpreter present. Follow-up in two weeks.",
  "Reviewed her goals together. She wants to focus on training before work.",
  "She asked for information about legal advice; explained the options and what each involves.",
  "Short meeting. No new concerns raised. Next contact agreed for next week.",
  "Discussed childcare options so she can attend the course. She will think it over.",
  "Safety plan reviewed with her; nothing to change for now.",
] as const;

const DAY_MS = 86_400_000;

/**
 * One to four encrypted case notes per active client, written by her caseworker at times
 * spread between her first contact and today.
 */
export async function seedNotes(tx: Database, { today, cipher }: SeedContext): Promise<void> {
  const random = seededRandom(8080);
  const active = await tx
    .select({
      id: clients.id,
      organisationId: clients.organisationId,
      caseworkerId: clients.caseworkerId,
      firstContactDate: clients.firstContactDate,
    })
    .from(clients)
    .where(eq(clients.status, "active"))
    .orderBy(asc(clients.pseudonym));
  const end = Date.parse(`${today}T17:00:00Z`);
  const rows = active.flatMap((client) => {
    const start = Date.parse(`${client.firstContactDate}T09:00:00Z`);
    return Array.from({ length: integerBetween(random, 1, 4) }, () => {
      const createdAt = new Date(start + Math.floor(random() * Math.max(end - start, DAY_MS)));
      return {
        organisationId: client.organisationId,
        clientId: client.id,
        authorId: client.caseworkerId,
        body: cipher.encrypt(pick(random, DEMO_NOTE_TEXTS)),
        createdAt,
        updatedAt: createdAt,
      };
    });
  });
  if (rows.length > 0) await tx.insert(notes).values(rows);
}
