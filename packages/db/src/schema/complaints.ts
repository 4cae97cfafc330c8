import { COMPLAINT_CHANNELS, COMPLAINT_MADE_BY, COMPLAINT_STATUSES, COMPLAINT_SUBJECTS } from "@gesim/core";
import { boolean, date, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns, versionColumn } from "./columns.ts";

export const complaintChannelEnum = pgEnum("complaint_channel", COMPLAINT_CHANNELS);
export const complaintMadeByEnum = pgEnum("complaint_made_by", COMPLAINT_MADE_BY);
export const complaintSubjectEnum = pgEnum("complaint_subject", COMPLAINT_SUBJECTS);
export const complaintStatusEnum = pgEnum("complaint_status", COMPLAINT_STATUSES);

/**
 * Complaints about the service (P10, issue 21): her words (details, outcome) are AES-256-GCM
 * ciphertext like notes; channel, subject, status and dates stay plain for the complaints log.
 */
export const complaints = pgTable(
  "complaints",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    receivedOn: date({ mode: "string" }).notNull(),
    channel: complaintChannelEnum().notNull(),
    madeBy: complaintMadeByEnum().notNull(),
    subject: complaintSubjectEnum().notNull(),
    detailsCipher: text(),
    handlerId: uuid().references(() => users.id, { onDelete: "set null" }),
    status: complaintStatusEnum().notNull().default("received"),
    outcomeCipher: text(),
    closedOn: date({ mode: "string" }),
    /** Whether she (or whoever complained for her) was told the outcome. */
    toldOutcome: boolean().notNull().default(false),
    recordedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    version: versionColumn(),
  },
  (t) => [index().on(t.organisationId, t.status, t.receivedOn), index().on(t.organisationId, t.clientId)],
);
