import { APPOINTMENT_KINDS, addDays } from "@gesim/core";
import { appointments, asc, clients, type Database, eq } from "@gesim/db";
import { integerBetween, pick, seededRandom } from "./random.ts";
import type { SeedContext } from "./seed-notes.ts";

// Generic, fictional places: no real addresses.
const DEMO_PLACES = ["Office, meeting room 2", "District court, room 4", "Health centre, ground floor"] as const;
const START_TIMES = ["09:00", "10:30", "13:00", "14:30", "16:00"] as const;

/**
 * One appointment per active client in the next two weeks, by her caseworker: some in person at a
 * fictional place, some by phone; a few with an interpreter not booked yet (they show in the task
 * inbox as the day comes near).
 */
export async function seedAppointments(tx: Database, { today, cipher }: SeedContext): Promise<void> {
  const random = seededRandom(1919);
  const active = await tx
    .select({ id: clients.id, organisationId: clients.organisationId, caseworkerId: clients.caseworkerId })
    .from(clients)
    .where(eq(clients.status, "active"))
    .orderBy(asc(clients.pseudonym));
  const rows = active.map((client) => {
    const inPerson = random() < 0.7;
    const interpreter = random() < 0.3;
    return {
      organisationId: client.organisationId,
      clientId: client.id,
      createdBy: client.caseworkerId,
      kind: pick(random, APPOINTMENT_KINDS),
      date: addDays(today, integerBetween(random, 1, 14)),
      startTime: pick(random, START_TIMES),
      durationMinutes: pick(random, [30, 60, 90] as const),
      mode: inPerson ? ("in-person" as const) : ("phone" as const),
      placeCipher: inPerson ? cipher.encrypt(pick(random, DEMO_PLACES)) : null,
      attendeeUserIds: client.caseworkerId ? [client.caseworkerId] : [],
      interpreterLanguage: interpreter ? "ro" : null,
      interpreterGender: interpreter ? ("woman" as const) : null,
      interpreterMode: interpreter ? ("in-person" as const) : null,
      interpreterBooked: interpreter ? random() < 0.5 : null,
      childcareNeeded: random() < 0.2,
    };
  });
  if (rows.length > 0) await tx.insert(appointments).values(rows);
}
