import { type FirstOrganisationInput, FirstOrganisationSchema } from "@gesim/core";
import { count, type Database, eq, memberships, organisations, sql, users } from "@gesim/db";
import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "../auth/password.ts";

export type CreateOrganisationResult =
  | { ok: true; organisationId: string; adminUserId: string }
  | { ok: false; messageKey: "setup.organisationExists" | "setup.emailTaken" }
  | { ok: false; messageKey: "error.invalidInput"; fieldErrors: Record<string, string> };

/**
 * `npm run setup` (issue 17): a new organisation and its first administrator, in one
 * transaction, on the system connection (before any membership exists, row-level security
 * would show the application role nothing). Refuses a name an organisation already has (any
 * case) and an email that already has an account: set-up never attaches an existing person to
 * a new organisation. The administrator signs in with the password she chose (typed twice at
 * the prompt), so it is not one-time. Audited without personal data.
 */
export async function createOrganisationWithAdmin(
  db: Database,
  raw: FirstOrganisationInput,
  now: Date,
): Promise<CreateOrganisationResult> {
  const parsed = FirstOrganisationSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
    return { ok: false, messageKey: "error.invalidInput", fieldErrors };
  }
  const input = parsed.data;
  const passwordHash = await hashPassword(input.adminPassword);
  return db.transaction(async (tx) => {
    // One set-up at a time: two concurrent runs with the same name cannot both pass the check.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('gesim.setup'))`);
    const [sameName] = await tx
      .select({ n: count() })
      .from(organisations)
      .where(sql`lower(${organisations.name}) = lower(${input.organisationName})`);
    if ((sameName?.n ?? 0) > 0) return { ok: false, messageKey: "setup.organisationExists" } as const;
    const [sameEmail] = await tx.select({ n: count() }).from(users).where(eq(users.email, input.adminEmail));
    if ((sameEmail?.n ?? 0) > 0) return { ok: false, messageKey: "setup.emailTaken" } as const;
    const [organisation] = await tx
      .insert(organisations)
      .values({ name: input.organisationName, createdAt: now, updatedAt: now })
      .returning({ id: organisations.id });
    const [admin] = await tx
      .insert(users)
      .values({
        email: input.adminEmail,
        displayName: input.adminName,
        passwordHash,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id });
    if (!organisation || !admin) throw new Error("organisation or administrator was not created");
    await tx
      .insert(memberships)
      .values({ organisationId: organisation.id, userId: admin.id, role: "admin", createdAt: now, updatedAt: now });
    await recordAudit(
      tx,
      {
        organisationId: organisation.id,
        actorUserId: null,
        action: "setup.organisation.create",
        entityType: "organisation",
        entityId: organisation.id,
      },
      now,
    );
    return { ok: true, organisationId: organisation.id, adminUserId: admin.id } as const;
  });
}

/** How many organisations the installation has: none means `npm run setup` has not run yet. */
export async function countOrganisations(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return row?.n ?? 0;
}
