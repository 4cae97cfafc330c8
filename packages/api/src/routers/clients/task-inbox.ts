import { inboxTasks } from "@gesim/core";
import { and, eq, inArray, serviceProviders } from "@gesim/db";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { isProviderRecipient, narrativeReader } from "../../crypto/narrative.ts";
import { organisationToday } from "../../organisation-today.ts";
import { inboxCases, loadInbox } from "../../queries/task-inbox.ts";
import { organisationProcedure } from "../../trpc.ts";

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
    const rows = await loadInbox(ctx.db, organisationId, userId, input.clientId);
    const { cases, steps, sent, consents: consentRows } = rows;
    const tasks = inboxTasks(inboxCases(rows), organisationToday(ctx));
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
        pseudonym:
          cases.find((c) => c.id === task.clientId)?.pseudonym ??
          rows.followUps.find((f) => f.clientId === task.clientId)?.pseudonym ??
          "",
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
