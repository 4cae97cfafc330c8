import type { TRPCRouterRecord } from "@trpc/server";
import { organisationRouter } from "./admin/organisation.ts";
import { usersRouter } from "./admin/users.ts";

/** Administration: staff and the organisation's settings (admins; managers may read). No client data. */
export const adminRouter = {
  users: usersRouter,
  organisation: organisationRouter,
} satisfies TRPCRouterRecord;
