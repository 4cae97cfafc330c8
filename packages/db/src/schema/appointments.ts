import {
  APPOINTMENT_INTERPRETER_MODES,
  APPOINTMENT_KINDS,
  APPOINTMENT_MODES,
  APPOINTMENT_STATUSES,
  INTERPRETER_GENDERS,
} from "@gesim/core";
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns, versionColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { actions } from "./plans.ts";

export const appointmentKindEnum = pgEnum("appointment_kind", APPOINTMENT_KINDS);
export const appointmentModeEnum = pgEnum("appointment_mode", APPOINTMENT_MODES);
export const appointmentStatusEnum = pgEnum("appointment_status", APPOINTMENT_STATUSES);
export const appointmentInterpreterGenderEnum = pgEnum("appointment_interpreter_gender", INTERPRETER_GENDERS);
export const appointmentInterpreterModeEnum = pgEnum("appointment_interpreter_mode", APPOINTMENT_INTERPRETER_MODES);

/**
 * Her appointments (issue 19). Date and start time are wall-clock values on the organisation's
 * clock (ADR 016). The place is her narrative: AES-256-GCM ciphertext (`placeCipher`); kind, times,
 * interpreter facts and childcare stay plain for the conflict checks and the calendar feed.
 */
export const appointments = pgTable(
  "appointments",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    /** The step of her plan it serves, if any. */
    actionId: uuid().references(() => actions.id, { onDelete: "set null" }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: appointmentKindEnum().notNull(),
    date: date({ mode: "string" }).notNull(),
    /** "HH:MM" on the organisation's clock. */
    startTime: text().notNull(),
    durationMinutes: integer().notNull(),
    mode: appointmentModeEnum().notNull(),
    placeCipher: text(),
    /** Staff who attend with her. */
    attendeeUserIds: uuid().array().notNull().default([]),
    /** Interpreter: all null when none is needed. */
    interpreterLanguage: text(),
    interpreterGender: appointmentInterpreterGenderEnum(),
    interpreterMode: appointmentInterpreterModeEnum(),
    interpreterBooked: boolean(),
    childcareNeeded: boolean().notNull().default(false),
    status: appointmentStatusEnum().notNull().default("scheduled"),
    version: versionColumn(),
  },
  (t) => [index().on(t.organisationId, t.date), index().on(t.organisationId, t.clientId, t.date)],
);

/**
 * A caseworker's calendar feed (issue 19, ADR 018): one per person and organisation; only the SHA-256 of its secret
 * token is stored, so a leaked database cannot subscribe to anyone's calendar. Revoking deletes it.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastReadAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [uniqueIndex("calendar_feeds_token_key").on(t.tokenHash), uniqueIndex().on(t.userId, t.organisationId)],
);
