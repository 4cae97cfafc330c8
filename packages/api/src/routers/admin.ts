import type { TRPCRouterRecord } from "@trpc/server";
import { activityRouter } from "./admin/activity.ts";
import { fundingRouter } from "./admin/funding.ts";
import { invitationsRouter } from "./admin/invitations.ts";
import { organisationRouter } from "./admin/organisation.ts";
import { oversightRouter } from "./admin/oversight.ts";
import { planCheckConfigRouter } from "./admin/plan-check-config.ts";
import { twoStepRouter } from "./admin/two-step.ts";
import { usersRouter } from "./admin/users.ts";

/** Administration: staff, the organisation's settings and its funding relationships (admins; managers may read). No client data. */
export const adminRouter = {
  users: usersRouter,
  organisation: organisationRouter,
  funding: fundingRouter,
  planChecks: planCheckConfigRouter,
  oversight: oversightRouter,
  twoStep: twoStepRouter,
  invitations: invitationsRouter,
  activity: activityRouter,
} satisfies TRPCRouterRecord;
