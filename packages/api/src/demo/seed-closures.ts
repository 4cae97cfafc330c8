// Demo closures (indicators 1.4 and 1.5, issue 6): every closed client gets a closure date
// after her first contact and one or two reasons; a few open clients were closed once and
// reopened. Deterministic (its own seed), so the dashboards show the same numbers each time.
import { addDays, type CLOSURE_REASONS, daysBetween } from "@gesim/core";
import { asc, clients, closures, type Database, eq } from "@gesim/db";
import { integerBetween, pick, seededRandom } from "./random.ts";

const REASON_WEIGHTS = [
  "goals-met",
  "goals-met",
  "goals-met",
  "her-choice",
  "her-choice",
  "lost-contact",
  "relocated",
  "funding-ended",
  "other",
] as const satisfies readonly (typeof CLOSURE_REASONS)[number][];

export async function seedClosures(tx: Database, { today }: { today: string }): Promise<void> {
  const random = seededRandom(4207);
  const rows = await tx
    .select({
      id: clients.id,
      organisationId: clients.organisationId,
      status: clients.status,
      firstContactDate: clients.firstContactDate,
      caseworkerId: clients.caseworkerId,
    })
    .from(clients)
    .orderBy(asc(clients.organisationId), asc(clients.pseudonym));
  const inserts: (typeof closures.$inferInsert)[] = [];
  for (const client of rows) {
    const span = daysBetween(client.firstContactDate, today);
    if (client.status === "closed") {
      const closedOn = addDays(
        client.firstContactDate,
        Math.max(1, Math.min(span - 1, integerBetween(random, 30, 480))),
      );
      const reasons =
        random() < 0.2 ? [pick(random, REASON_WEIGHTS), "other" as const] : [pick(random, REASON_WEIGHTS)];
      inserts.push({
        organisationId: client.organisationId,
        clientId: client.id,
        closedOn,
        reasons: [...new Set(reasons)],
        closedBy: client.caseworkerId,
      });
      await tx.update(clients).set({ closedOn }).where(eq(clients.id, client.id));
    } else if (span > 120 && random() < 0.06) {
      const closedOn = addDays(client.firstContactDate, integerBetween(random, 30, 90));
      inserts.push({
        organisationId: client.organisationId,
        clientId: client.id,
        closedOn,
        reasons: ["lost-contact"],
        reopenedOn: addDays(closedOn, 20),
        closedBy: client.caseworkerId,
      });
    }
  }
  if (inserts.length > 0) await tx.insert(closures).values(inserts);
}
