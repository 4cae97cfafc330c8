// Demo plan reviews: one to three for every active or paused client (fewer when she is new), about
// every three months back from today, with her housing rating and an encrypted summary.
import { addDays, daysBetween } from "@gesim/core";
import { type Database, plans, reviews } from "@gesim/db";
import { integerBetween, pick, seededRandom } from "./random.ts";
import { planClients, type SeedContext } from "./seed-assessments.ts";

// Generic, fictional wording: no names, places or stories.
const SUMMARIES = [
  "Went through the plan together. She is pleased with the progress on housing and wants to start the course next month.",
  "Reviewed each step. Two actions are waiting for a place; she agreed to keep them in the plan.",
  "She feels safer than at the last review. Agreed to look at work options at the next meeting.",
  "Talked about what helped and what did not. She asked to change one goal into her own words.",
  "Short review. Nothing new; next steps stay as agreed.",
] as const;

export async function seedReviews(tx: Database, { today, cipher }: SeedContext): Promise<void> {
  const random = seededRandom(3103);
  const seedClients = await planClients(tx);
  const planRows = await tx.select({ id: plans.id, clientId: plans.clientId }).from(plans);
  const planOf = new Map(planRows.map((p) => [p.clientId, p.id]));
  const rows: (typeof reviews.$inferInsert)[] = [];
  for (const client of seedClients) {
    const span = Math.max(0, daysBetween(client.firstContactDate, today));
    const count = Math.min(integerBetween(random, 1, 3), 1 + Math.floor(span / 90));
    for (let i = 0; i < count; i += 1) {
      const reviewedOn = addDays(today, -Math.min(span, i * 90 + integerBetween(random, 3, 40)));
      rows.push({
        organisationId: client.organisationId,
        clientId: client.id,
        planId: planOf.get(client.id) ?? null,
        reviewedOn,
        housingRatedSafe: pick(random, ["yes", "yes", "no", "not-asked"] as const),
        summary: cipher.encrypt(pick(random, SUMMARIES)),
        nextReviewDate: addDays(reviewedOn, 90),
        reviewedBy: client.caseworkerId,
      });
    }
  }
  if (rows.length > 0) await tx.insert(reviews).values(rows);
}
