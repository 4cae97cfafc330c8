import { addDays, CONSENT_RECORDING_METHODS, type ReferralStatus } from "@gesim/core";
import { asc, clients, consents, type Database, eq, referrals, serviceProviders } from "@gesim/db";
import { integerBetween, pick, seededRandom } from "./random.ts";

export type SeedContext = { today: string };

const STATUSES: readonly ReferralStatus[] = [
  "sent",
  "sent",
  "accepted",
  "accepted",
  "done",
  "done",
  "rejected",
  "withdrawn",
];

function later(date: string, today: string, random: () => number, maxDays: number): string {
  const candidate = addDays(date, integerBetween(random, 1, maxDays));
  return candidate > today ? today : candidate;
}

/**
 * For every active client: "service-referral" consents naming one to three directory
 * providers and a referral to each (statuses mixed). Every seventh client also withdrew her
 * consent for one more provider, whose referral is withdrawn too: referring her there again
 * is refused, which the demo shows.
 */
export async function seedReferrals(tx: Database, { today }: SeedContext): Promise<void> {
  const random = seededRandom(7070);
  const providers = await tx
    .select({ id: serviceProviders.id, organisationId: serviceProviders.organisationId })
    .from(serviceProviders)
    .where(eq(serviceProviders.isActive, true))
    .orderBy(asc(serviceProviders.name));
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
  const planned = active.flatMap((client, index) => {
    const own = providers.filter((p) => p.organisationId === client.organisationId);
    const chosen = new Set(
      Array.from({ length: integerBetween(random, 1, 3) + (index % 7 === 3 ? 1 : 0) }, () => pick(random, own).id),
    );
    return [...chosen].map((providerId, n) => {
      const givenOn = later(client.firstContactDate, today, random, 30);
      const isWithdrawn = index % 7 === 3 && n === chosen.size - 1;
      return { client, providerId, givenOn, withdrawnOn: isWithdrawn ? later(givenOn, today, random, 60) : null };
    });
  });
  if (planned.length === 0) return;
  const created = await tx
    .insert(consents)
    .values(
      planned.map(({ client, providerId, givenOn, withdrawnOn }) => ({
        organisationId: client.organisationId,
        clientId: client.id,
        purpose: "service-referral" as const,
        recipient: providerId,
        givenOn,
        withdrawnOn,
        recordedHow: pick(random, CONSENT_RECORDING_METHODS),
        recordedBy: client.caseworkerId,
      })),
    )
    .returning({ id: consents.id });
  await tx.insert(referrals).values(
    planned.map(({ client, providerId, givenOn, withdrawnOn }, i) => {
      const status = withdrawnOn ? "withdrawn" : pick(random, STATUSES);
      const sentOn = later(givenOn, today, random, 14);
      return {
        organisationId: client.organisationId,
        clientId: client.id,
        providerId,
        consentId: created[i]?.id ?? "",
        status,
        sentOn,
        decidedOn: status === "sent" ? null : later(sentOn, today, random, 21),
        createdBy: client.caseworkerId,
      };
    }),
  );
}
