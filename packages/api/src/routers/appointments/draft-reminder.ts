import { CONTACT_CHANNELS, draftReminder, ReminderChoiceSchema, reminderChannels, reminderLanguage } from "@gesim/core";
import { and, appointments, clients, eq } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { clientProcedure } from "../../trpc.ts";
import { readSafeContact } from "../clients/client-records.ts";

const DraftReminderInputSchema = z
  .object({
    clientId: z.uuid(),
    appointmentId: z.uuid(),
    /** Absent: only her rules and the channels on offer; present: the message by that channel. */
    channel: z.enum(CONTACT_CHANNELS).optional(),
    place: ReminderChoiceSchema.shape.place,
  })
  .strict();

/**
 * A reminder to her of one of her appointments (issue 19), drafted and never sent: her
 * safe-contact rules (with the code word, for checking who answers), the channels she allowed
 * and, for a chosen channel, the neutral message in her language. Core decides; a channel she did
 * not allow is refused with BAD_REQUEST. Who may see her contact details may use it (her
 * caseworker, caseworkers she is shared with, managers); each use is audited as a read of her
 * safe-contact rules.
 */
export const draftReminderProcedure = clientProcedure("caseworker", "manager")
  .input(DraftReminderInputSchema)
  .query(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    const [client] = await ctx.db
      .select({
        languages: clients.languages,
        safeContact: clients.safeContact,
        safeContactCodeWordCipher: clients.safeContactCodeWordCipher,
      })
      .from(clients)
      .where(and(eq(clients.id, input.clientId), eq(clients.organisationId, organisationId)));
    const [appointment] = await ctx.db
      .select({ date: appointments.date, startTime: appointments.startTime, status: appointments.status })
      .from(appointments)
      .where(
        and(
          eq(appointments.id, input.appointmentId),
          eq(appointments.organisationId, organisationId),
          eq(appointments.clientId, input.clientId),
        ),
      );
    if (!client || !appointment) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
    await recordAudit(
      ctx.db,
      {
        organisationId,
        actorUserId: userId,
        action: "safeContact.read",
        entityType: "client",
        entityId: input.clientId,
      },
      ctx.now,
    );
    const rules = readSafeContact(ctx.cipher, client);
    const draft = input.channel
      ? draftReminder({
          rules,
          languages: client.languages,
          appointment,
          choice: { channel: input.channel, place: input.place },
        })
      : null;
    if (draft && !draft.ok)
      throw new TRPCError({
        code: draft.problem === "reminder.error.channelNotAllowed" ? "BAD_REQUEST" : "PRECONDITION_FAILED",
        message: draft.problem,
      });
    return {
      rules,
      channels: reminderChannels(rules),
      language: reminderLanguage(client.languages),
      appointment,
      draft: draft?.draft ?? null,
    };
  });
