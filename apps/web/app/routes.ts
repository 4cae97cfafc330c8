import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("login", "routes/login.tsx"),
  route("login/second-factor", "routes/second-factor.tsx"),
  route("logout", "routes/logout.ts"),
  route("account", "routes/account/account.tsx"),
  route("session/keep-alive", "routes/session/keep-alive.ts"),
  route("session/idle.css", "routes/session/idle-css.ts"),
  // Client pages. `/clients/new` (intake) stands alone; every other client page nests in the
  // client layout (pseudonym, status, sub-navigation).
  route("clients/new", "routes/clients/client-new.tsx"),
  route("clients/:clientId", "routes/clients/client-layout.tsx", [
    index("routes/clients/client-overview.tsx"),
    route("assessments", "routes/clients/client-assessments.tsx"),
    route("notes", "routes/clients/client-notes.tsx"),
    route("documents", "routes/clients/client-documents.tsx"),
    route("appointments", "routes/clients/client-appointments.tsx"),
    // Drafting a reminder to her (issue 19): never sent by the app.
    route("appointments/:appointmentId/reminder", "routes/clients/appointment-reminder.tsx"),
    route("complaints", "routes/clients/client-complaints.tsx"),
    route("identity", "routes/clients/client-identity.tsx"),
    // ── Plan and reviews (the other web engineer): add their routes HERE as children of the
    // layout, e.g. route("plan", "routes/clients/plan/…"), route("reviews", "routes/clients/reviews/…").
    // The printable plan belongs OUTSIDE this layout (no navigation on paper). ──
    route("plan", "routes/clients/plan/plan.tsx"),
    route("reviews", "routes/clients/reviews/reviews.tsx"),
    route("erase", "routes/clients/client-erase.tsx"),
    route("audit", "routes/clients/client-audit.tsx"),
  ]),
  // Subject access (managers): printable, outside the layout, and the same as a JSON file.
  // A document's file (issue 19): an attachment, outside the layout.
  route("clients/:clientId/documents/:documentId/file", "routes/clients/document-file.ts"),
  route("clients/:clientId/subject-access", "routes/clients/subject-access.tsx"),
  route("clients/:clientId/subject-access.json", "routes/clients/subject-access-json.ts"),
  route("clients/:clientId/plan/print", "routes/clients/plan/print.tsx"),
  route("clients/:clientId/plan/print.pdf", "routes/clients/plan/print-pdf.ts"),
  // Manager dashboard and the funder's anonymised indicators (issue 6).
  route("dashboard", "routes/dashboard/dashboard.tsx"),
  // Managers' approval queue (issue 16).
  route("approvals", "routes/approvals/approvals.tsx"),
  // Managers' complaints log (issue 21, P10).
  route("complaints", "routes/complaints/complaints-log.tsx"),
  // A caseworker's task inbox across her caseload (issue 16).
  route("my-work", "routes/my-work/my-work.tsx"),
  // Appointments (issue 19): her week, the team's week, and the calendar feed (no personal data).
  route("appointments", "routes/appointments/my-week.tsx"),
  route("appointments/team", "routes/appointments/team-week.tsx"),
  route("calendar/:file", "routes/appointments/calendar-feed.ts"),
  route("dashboard/principles/:principleId", "routes/dashboard/principle-gap.tsx"),
  route("dashboard/report", "routes/dashboard/report.tsx"),
  route("dashboard/export/:file", "routes/dashboard/export.ts"),
  route("indicators", "routes/indicators/funder-indicators.tsx"),
  route("indicators/export", "routes/indicators/funder-export.ts"),
  // Administration (issue 17): one layout; its sections are listed in routes/admin/sections.ts.
  route("admin", "routes/admin/admin-layout.tsx", [
    index("routes/admin/admin-index.tsx"),
    route("staff", "routes/admin/staff.tsx"),
    route("activity", "routes/admin/activity.tsx"),
    route("settings", "routes/admin/admin-settings.tsx"),
    route("providers", "routes/admin/admin-providers.tsx"),
    route("funding", "routes/admin/admin-funding.tsx"),
    route("oversight", "routes/admin/admin-oversight.tsx"),
  ]),
  route("language", "routes/language.ts"),
  route("i18n/:file", "routes/i18n-catalogue.ts"),
  route("healthz", "routes/healthz.ts"),
  route("api/trpc/*", "routes/api.trpc.ts"),
] satisfies RouteConfig;
