import { and, asc, eq, inArray, memberships, users } from "@gesim/db";
import { z } from "zod";
import { organisationProcedure } from "../../trpc.ts";

/**
 * The organisation's active caseworkers and managers, by name: whom a client can be shared
 * with or assigned to, and who can be responsible for a step of her plan. Names and roles
 * only (no email addresses); no client data, so nothing to audit.
 */
export const listColleagues = organisationProcedure("caseworker", "manager")
  .input(z.object({}).strict().default({}))
  .query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({ userId: users.id, displayName: users.displayName, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organisationId, ctx.session.organisationId),
          eq(memberships.active, true),
          inArray(memberships.role, ["caseworker", "manager"]),
        ),
      )
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(500);
    return rows;
  });
