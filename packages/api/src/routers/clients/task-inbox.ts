import { inboxTasks } from "@gesim/core";
import {
  actions,
  and,
  asc,
  clientShares,
  clients,
  consents,
  eq,
  inArray,
  isNull,
  ne,
  or,
  referrals,
  serviceProviders,
  sql,
} from "@gesim/db";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { isProviderRecipient, narrativeReader } from "../../crypto/narrative.ts";
import { organisationProcedure } from "../../trpc.ts";

const MAX_CASES = 500;

/**
 * "My work" (issue 16): what is due across the caller's own caseload (the women she is
 * responsible for and those shared with her, open and not erased): steps overdue and due
 * soon, reviews, reflection periods ending, referrals without an answer. Core decides what is
 * due; this loads and names. Caseworkers and managers, for their own caseload; audited once.
 */
export const taskInbox = organisationProcedure("caseworker", "manager")
  .input(z.object({ clientId: z.uuid().optional() }).strict().default({}))
  .query(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    const sharedWithHer = ctx.db
      .select({ id: clientShares.clientId })
      .from(clientShares)
      .where(and(eq(clientShares.organisationId, organisationId), eq(clientShares.userId, userId)));
    const cases = await ctx.db
      .select({
        id: clients.id,
        pseudonym: clients.pseudonym,
        nextReviewDate: clients.nextReviewDate,
        reflectionPeriodEnd: clients.reflectionPeriodEnd,
      })
      .from(clients)
      .where(
        and(
          eq(clients.organisationId, organisationId),
          or(eq(clients.caseworkerId, userId), inArray(clients.id, sharedWithHer)),
          ne(clients.status, "closed"),
          isNull(clients.erasedAt),
          input.clientId ? eq(clients.id, input.clientId) : undefined,
        ),
      )
      .orderBy(asc(clients.pseudonym))
      .limit(MAX_CASES);
    const ids = cases.map((c) => c.id);
    const [steps, sent, consentRows, open] = ids.length
      ? await Promise.all([
          ctx.db
            .select({
              id: actions.id,
              clientId: actions.clientId,
              status: actions.status,
              dueDate: actions.dueDate,
              domain: actions.domain,
              catalogueActionId: actions.catalogueActionId,
              freeTextCipher: actions.freeTextCipher,
              legacyFreeText: actions.legacyFreeText,
            })
            .from(actions)
            .where(
              and(
                eq(actions.organisationId, organisationId),
                inArray(actions.clientId, ids),
                inArray(actions.status, ["planned", "in-progress"]),
                sql`${actions.dueDate} is not null`,
              ),
            ),
          ctx.db
            .select({
              id: referrals.id,
              clientId: referrals.clientId,
              status: referrals.status,
              sentOn: referrals.sentOn,
              providerName: serviceProviders.name,
            })
            .from(referrals)
            .innerJoin(serviceProviders, eq(serviceProviders.id, referrals.providerId))
            .where(
              and(
                eq(referrals.organisationId, organisationId),
                inArray(referrals.clientId, ids),
                eq(referrals.status, "sent"),
              ),
            ),
          ctx.db
            .select({
              id: consents.id,
              clientId: consents.clientId,
              purpose: consents.purpose,
              recipient: consents.recipient,
              expiresOn: consents.expiresOn,
              withdrawnOn: consents.withdrawnOn,
            })
            .from(consents)
            .where(
              and(
                eq(consents.organisationId, organisationId),
                inArray(consents.clientId, ids),
                isNull(consents.withdrawnOn),
                sql`${consents.expiresOn} is not null`,
              ),
            ),
          ctx.db
            .select({ clientId: referrals.clientId, providerId: referrals.providerId })
            .from(referrals)
            .where(
              and(
                eq(referrals.organisationId, organisationId),
                inArray(referrals.clientId, ids),
                inArray(referrals.status, ["sent", "accepted"]),
              ),
            ),
        ])
      : [[], [], [], []];
    const today = ctx.now.toISOString().slice(0, 10);
    const tasks = inboxTasks(
      cases.map((c) => ({
        clientId: c.id,
        nextReviewDate: c.nextReviewDate,
        reflectionPeriodEnd: c.reflectionPeriodEnd,
        steps: steps.filter((s) => s.clientId === c.id),
        referrals: sent.filter((r) => r.clientId === c.id),
        consents: consentRows.filter((k) => k.clientId === c.id),
        openReferralProviderIds: open.filter((r) => r.clientId === c.id).map((r) => r.providerId),
      })),
      today,
    );
    // A consent to a directory provider names it by its id: the provider's name says whom it is for.
    const providerIds = [
      ...new Set(consentRows.map((k) => k.recipient).filter((r): r is string => r !== null && isProviderRecipient(r))),
    ];
    const providerNames = new Map(
      providerIds.length
        ? (
            await ctx.db
              .select({ id: serviceProviders.id, name: serviceProviders.name })
              .from(serviceProviders)
              .where(
                and(eq(serviceProviders.organisationId, organisationId), inArray(serviceProviders.id, providerIds)),
              )
          ).map((row) => [row.id, row.name] as const)
        : [],
    );
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "clients.taskInbox", entityType: "user", entityId: userId },
      ctx.now,
    );
    return tasks.map((task) => {
      const step = task.kind.startsWith("step-") ? steps.find((s) => s.id === task.refId) : undefined;
      const referral = task.kind === "referral-waiting" ? sent.find((r) => r.id === task.refId) : undefined;
      const consent = task.kind.startsWith("consent-") ? consentRows.find((k) => k.id === task.refId) : undefined;
      return {
        ...task,
        pseudonym: cases.find((c) => c.id === task.clientId)?.pseudonym ?? "",
        step: step
          ? {
              domain: step.domain,
              actionId: step.catalogueActionId,
              freeText: narrativeReader(ctx.cipher).text(step.freeTextCipher, step.legacyFreeText),
            }
          : null,
        providerName: referral?.providerName ?? (consent ? providerNames.get(consent.recipient ?? "") : null) ?? null,
        /** A consent's purpose (never its named recipient: that is her narrative, kept encrypted). */
        consentPurpose: consent?.purpose ?? null,
      };
    });
  });
