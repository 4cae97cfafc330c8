import { and, type Database, eq, serviceProviders } from "@gesim/db";

/** One provider of the organisation's directory, or undefined (also for another organisation's). */
export async function findProvider(db: Database, organisationId: string, providerId: string) {
  const [row] = await db
    .select()
    .from(serviceProviders)
    .where(and(eq(serviceProviders.id, providerId), eq(serviceProviders.organisationId, organisationId)));
  return row;
}

export async function providerExists(db: Database, organisationId: string, providerId: string): Promise<boolean> {
  return (await findProvider(db, organisationId, providerId)) !== undefined;
}
