import { accountRouter } from "./routers/account.ts";
import { adminRouter } from "./routers/admin.ts";
import { calendarFeedRouter } from "./routers/appointments/calendar-feed.ts";
import { appointmentsRouter } from "./routers/appointments/router.ts";
import { assessmentsRouter } from "./routers/assessments.ts";
import { auditRouter } from "./routers/audit.ts";
import { authRouter } from "./routers/auth.ts";
import { clientsRouter } from "./routers/clients.ts";
import { complaintsRouter } from "./routers/complaints.ts";
import { consentsRouter } from "./routers/consents.ts";
import { dashboardRouter } from "./routers/dashboard/router.ts";
import { disclosuresRouter } from "./routers/disclosures.ts";
import { documentsRouter } from "./routers/documents.ts";
import { identityRouter } from "./routers/identity.ts";
import { indicatorsRouter } from "./routers/indicators.ts";
import { notesRouter } from "./routers/notes.ts";
import { plansRouter } from "./routers/plans.ts";
import { providersRouter } from "./routers/providers.ts";
import { referralsRouter } from "./routers/referrals.ts";
import { reviewsRouter } from "./routers/reviews.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  clients: clientsRouter,
  identity: identityRouter,
  consents: consentsRouter,
  disclosures: disclosuresRouter,
  assessments: assessmentsRouter,
  plans: plansRouter,
  reviews: reviewsRouter,
  referrals: referralsRouter,
  providers: providersRouter,
  notes: notesRouter,
  documents: documentsRouter,
  appointments: appointmentsRouter,
  complaints: complaintsRouter,
  calendarFeed: calendarFeedRouter,
  audit: auditRouter,
  admin: adminRouter,
  indicators: indicatorsRouter,
  dashboard: dashboardRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
