import { and, asc, clientShares, clients, eq, users } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { clientProcedure } from "../../trpc.ts";
import { readSafeContact } from "./client-records.ts";

export const CLIENT_COLUMNS = {
  id: clients.id,
  pseudonym: clients.pseudonym,
  status: clients.status,
  caseworkerId: clients.caseworkerId,
  firstContactDate: clients.firstContactDate,
  firstContactChannel: clients.firstContactChannel,
  nextReviewDate: clients.nextReviewDate,
  citizenship: clients.citizenship,
  ageBand: clients.ageBand,
  childrenCount: clients.childrenCount,
  isPregnant: clients.isPregnant,
  languages: clients.languages,
  needsInterpreter: clients.needsInterpreter,
  legalStatus: clients.legalStatus,
  reflectionPeriodEnd: clients.reflectionPeriodEnd,
  reflectionPeriodStart: clients.reflectionPeriodStart,
  identificationStatus: clients.identificationStatus,
  cooperationWithAuthorities: clients.cooperationWithAuthorities,
  isInTrainingOrWork: clients.isInTrainingOrWork,
  children: clients.children,
  permitBasis: clients.permitBasis,
  permitType: clients.permitType,
  permitExpiresOn: clients.permitExpiresOn,
  rightToWork: clients.rightToWork,
  chargesAgainstHer: clients.chargesAgainstHer,
  proceedings: clients.proceedings,
  compensationClaim: clients.compensationClaim,
  nationality: clients.nationality,
  safeContact: clients.safeContact,
  interpreter: clients.interpreter,
  exploitationForms: clients.exploitationForms,
  housingSituation: clients.housingSituation,
  caseworkerChanges: clients.caseworkerChanges,
  closedOn: clients.closedOn,
  erasedAt: clients.erasedAt,
  version: clients.version,
};

/**
 * Her pseudonymous record with the profile facts, her caseworker and whom she is shared with.
 * Never her identity (that is identity.reveal). Her caseworker, caseworkers she is shared
 * with, and managers; every read is audited.
 */
export const getClient = clientProcedure("caseworker", "manager")
  .input(z.object({ clientId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    const [row] = await ctx.db
      .select({
        ...CLIENT_COLUMNS,
        safeContactCodeWordCipher: clients.safeContactCodeWordCipher,
        caseworkerName: users.displayName,
      })
      .from(clients)
      .leftJoin(users, eq(users.id, clients.caseworkerId))
      .where(and(eq(clients.id, input.clientId), eq(clients.organisationId, organisationId)));
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
    // Her code word is decrypted only here, for staff who may open her record.
    const { safeContactCodeWordCipher, ...client } = row;
    const safeContact = readSafeContact(ctx.cipher, { safeContact: row.safeContact, safeContactCodeWordCipher });
    const sharedWith = await ctx.db
      .select({ userId: clientShares.userId, displayName: users.displayName })
      .from(clientShares)
      .innerJoin(users, eq(users.id, clientShares.userId))
      .where(and(eq(clientShares.clientId, client.id), eq(clientShares.organisationId, organisationId)))
      .orderBy(asc(users.displayName));
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "client.read", entityType: "client", entityId: client.id },
      ctx.now,
    );
    return { ...client, safeContact, sharedWith };
  });
