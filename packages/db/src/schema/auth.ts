import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { roleEnum } from "./role-enum.ts";

export { roleEnum };

/** A person who signs in. Users are global; what they may see comes from their memberships. */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    /** TOTP secret, encrypted like identity fields (keyId inside the ciphertext). */
    totpSecret: text(),
    totpEnabled: boolean().notNull().default(false),
    /** The 30-second step of the last accepted TOTP code: a code is never accepted twice (replay). */
    totpLastStep: integer(),
    /** SHA-256 hashes of her unused two-step recovery codes (each works once); null before enrolment. */
    totpRecoveryCodes: text().array(),
    /** The language she last chose in the app: what is sent to her (the daily digest) is in it. */
    language: text(),
    /** Whether she gets the daily e-mail digest (counts and a link only) when mail is configured. */
    digestEmails: boolean().notNull().default(true),
    /** Set when an administrator gave her a one-time password: she must choose her own at the next sign-in. */
    mustChangePassword: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

/** A user's role in one organisation. */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    active: boolean().notNull().default(true),
    /**
     * Until when an administrator allows her to enrol an authenticator while her role requires
     * two-step sign-in (issue 17): her password alone never enrols one. Cleared on enrolment.
     */
    totpEnrolmentApprovedUntil: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [uniqueIndex("memberships_org_user_key").on(t.organisationId, t.userId), index().on(t.userId)],
);

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a
 * copy of this table cannot be replayed as a login.
 */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** False until the second factor is given, when one is required. */
    isVerified: boolean().notNull().default(true),
    /** Wrong codes given in this pending session; a few end it (the password must be given again). */
    secondFactorFailures: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

/**
 * Failed sign-in attempts (wrong passwords and wrong TOTP codes), per email address whether
 * or not an account has it, so an unknown email locks exactly like a real one (ADR 015). The
 * key is the SHA-256 of the lower-cased email; counting is one atomic statement per attempt.
 * Not a tenant table: only the connecting role reads it (row-level security with no policy).
 */
export const signInThrottles = pgTable(
  "sign_in_throttles",
  {
    key: text().primaryKey(),
    failedCount: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true, mode: "date" }),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index().on(t.updatedAt)],
);

export const INVITATION_STATUSES = ["pending", "accepted", "declined", "withdrawn"] as const;
export const invitationStatusEnum = pgEnum("invitation_status", INVITATION_STATUSES);

/**
 * An organisation's invitation to a person whose account another organisation already uses
 * (issue 17): she becomes a member only when she accepts it after signing in. The inviting
 * organisation sees only the address it typed and the status, never her account's details.
 * Row-level security: the inviting organisation's rows; the invitee reads hers as the system role.
 */
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The address the administrator typed (she already knows it). */
    email: text().notNull(),
    role: roleEnum().notNull(),
    invitedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    status: invitationStatusEnum().notNull().default("pending"),
    /**
     * SHA-256 of the code the inviting administrator hands to the person she invites (shown
     * once): accepting needs it, so whoever holds the account cannot accept in her place.
     * Null for invitations made before codes: they cannot be accepted, only made again.
     */
    codeHash: text(),
    expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    respondedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("staff_invitations_one_pending").on(t.organisationId, t.userId).where(sql`${t.status} = 'pending'`),
    index().on(t.userId),
  ],
);
