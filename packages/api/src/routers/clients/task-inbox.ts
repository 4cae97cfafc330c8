import { inboxTasks } from "@gesim/core";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { narrativeReader } from "../../crypto/narrative.ts";
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
    const { cases, steps, sent } = rows;
    const today = organisationToday(ctx);
    const tasks = inboxTasks(inboxCases(rows), today);
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "clients.taskInbox", entityType: "user", entityId: userId },
      ctx.now,
    );
    return tasks.map((task) => {
      const step = task.kind.startsWith("step-") ? steps.find((s) => s.id === task.refId) : undefined;
      const referral = task.kind === "referral-waiting" ? sent.find((r) => r.id === task.refId) : undefined;
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
        providerName: referral?.providerName ?? null,
      };
    });
  });
