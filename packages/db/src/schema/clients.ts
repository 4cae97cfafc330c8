import {
  CHARGE_STATUSES,
  CITIZENSHIP_GROUPS,
  CLIENT_STATUSES,
  COMPENSATION_CLAIM_STATUSES,
  COOPERATION_CHOICES,
  type ExploitationForm,
  type HousingSituation,
  IDENTIFICATION_STATUSES,
  type Interpreter,
  LEGAL_STATUSES,
  PERMIT_BASES,
  PROCEEDINGS_STATUSES,
  REVEAL_REASONS,
  RIGHT_TO_WORK,
  type SafeContact,
} from "@gesim/core";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { tenantColumns, versionColumn } from "./columns.ts";

export const clientStatusEnum = pgEnum("client_status", CLIENT_STATUSES);
export const citizenshipEnum = pgEnum("citizenship_group", CITIZENSHIP_GROUPS);
export const legalStatusEnum = pgEnum("legal_status", LEGAL_STATUSES);
export const identificationStatusEnum = pgEnum("identification_status", IDENTIFICATION_STATUSES);
export const cooperationEnum = pgEnum("cooperation_choice", COOPERATION_CHOICES);
export const permitBasisEnum = pgEnum("permit_basis", PERMIT_BASES);
export const rightToWorkEnum = pgEnum("right_to_work", RIGHT_TO_WORK);
export const chargeStatusEnum = pgEnum("charge_status", CHARGE_STATUSES);
export const proceedingsStatusEnum = pgEnum("proceedings_status", PROCEEDINGS_STATUSES);
export const compensationClaimEnum = pgEnum("compensation_claim_status", COMPENSATION_CLAIM_STATUSES);

/**
 * A woman supported by the organisation, known here only by a pseudonym. Her legal name,
 * date of birth, contact details and addresses are in `client_identities`, encrypted.
 * The profile facts are what the plan checks and the indicators need.
 */
export const clients = pgTable(
  "clients",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    pseudonym: text().notNull(),
    status: clientStatusEnum().notNull().default("intake"),
    caseworkerId: uuid().references(() => users.id, { onDelete: "set null" }),
    firstContactDate: date({ mode: "string" }).notNull(),
    firstContactChannel: text(),
    nextReviewDate: date({ mode: "string" }),
    citizenship: citizenshipEnum(),
    /** Age band for statistics (e.g. "18-24"); the date of birth stays in the identity vault. */
    ageBand: text(),
    childrenCount: integer().notNull().default(0),
    isPregnant: boolean().notNull().default(false),
    languages: text().array().notNull().default([]),
    needsInterpreter: boolean().notNull().default(false),
    legalStatus: legalStatusEnum(),
    reflectionPeriodEnd: date({ mode: "string" }),
    /** When her reflection period began: with the configured length it gives the end (issue 17). */
    reflectionPeriodStart: date({ mode: "string" }),
    identificationStatus: identificationStatusEnum().notNull().default("not-assessed"),
    /** Her choice; recorded separately and never a condition for any service. */
    cooperationWithAuthorities: cooperationEnum().notNull().default("not-asked"),
    isInTrainingOrWork: boolean().notNull().default(false),
    /** Each child's age and where she or he lives (core ChildSchema); null until recorded. */
    children: jsonb().$type<{ age: number; livesWith: "with-her" | "in-country" | "abroad" }[]>(),
    /** Her residence permit's basis (tied to cooperation or not) and expiry; never her cooperation choice. */
    permitBasis: permitBasisEnum(),
    /** Her permit's type, as the organisation's country rules name it (issue 17). */
    permitType: text(),
    permitExpiresOn: date({ mode: "string" }),
    rightToWork: rightToWorkEnum(),
    /** Charges against her (non-punishment check); never her cooperation choice. Null until recorded. */
    chargesAgainstHer: chargeStatusEnum(),
    /** Proceedings against the traffickers and their outcome; her compensation claim (issue 21). */
    proceedings: proceedingsStatusEnum(),
    compensationClaim: compensationClaimEnum(),
    /** Her nationality: an ISO 3166-1 alpha-2 code or "stateless" (core NATIONALITIES); null until recorded. */
    nationality: text(),
    /** How she may be contacted safely (core SafeContactSchema); null until she was asked. Erased with her identity. */
    safeContact: jsonb().$type<SafeContact>(),
    /** Her interpreter need: language, interpreter's gender, in person or remote (core InterpreterSchema). */
    interpreter: jsonb().$type<Interpreter>(),
    /**
     * The code word of her safe-contact rules, field-cipher ciphertext (issue 16): shown only on
     * her record, never in lists or logs. Erased with her safe-contact rules.
     */
    safeContactCodeWordCipher: text(),
    /** The forms of exploitation she survived (core EXPLOITATION_FORMS, the HTCDS types). */
    exploitationForms: text().array().$type<ExploitationForm[]>().notNull().default([]),
    /** Where she lives now (core HOUSING_SITUATIONS); null until recorded. */
    housingSituation: text().$type<HousingSituation>(),
    /** How often the responsible caseworker was replaced by another (indicator 9.2, caseworker-continuity). */
    caseworkerChanges: integer().notNull().default(0),
    closedOn: date({ mode: "string" }),
    /** When her identity, notes and free text were erased (on request or by retention); statistics stay pseudonymised. */
    erasedAt: timestamp({ withTimezone: true, mode: "date" }),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex("clients_org_pseudonym_key").on(t.organisationId, t.pseudonym),
    index("clients_org_caseworker_idx").on(t.organisationId, t.caseworkerId, t.pseudonym),
    index("clients_org_status_idx").on(t.organisationId, t.status),
  ],
);

/** Clients explicitly shared with another caseworker of the same organisation. */
export const clientShares = pgTable(
  "client_shares",
  {
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sharedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.userId] }), index().on(t.organisationId, t.userId)],
);

/**
 * The identity vault: who she is. Every field is AES-256-GCM ciphertext with its key id
 * inside (api/src/crypto); read only through the audited break-glass reveal.
 */
export const clientIdentities = pgTable("client_identities", {
  clientId: uuid()
    .primaryKey()
    .references(() => clients.id, { onDelete: "cascade" }),
  ...tenantColumns(),
  legalName: text(),
  dateOfBirth: text(),
  contact: text(),
  address: text(),
  version: versionColumn(),
});

export const revealReasonEnum = pgEnum("reveal_reason", REVEAL_REASONS);

/**
 * Every break-glass reveal of the identity vault: who, when, why. The written justification
 * is kept encrypted (it may name people); the audit log holds only the reason category.
 */
export const identityReveals = pgTable(
  "identity_reveals",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    revealedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    reason: revealReasonEnum().notNull(),
    justification: text().notNull(),
    /** A manager read the reason and justification (the reveal form promises she will). */
    reviewedAt: timestamp({ withTimezone: true, mode: "date" }),
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.organisationId, t.clientId, t.createdAt)],
);
