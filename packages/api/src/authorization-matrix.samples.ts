// One sample input per procedure for the authorisation-matrix test, built from a set of
// record ids (own caseload, a colleague's, another organisation's). A procedure without a
// sample fails the suite: add one here when you add a procedure.
import { DEMO_PASSWORD } from "./demo/seed-demo.ts";
import type { MatrixIds } from "./testing/matrix-ids.ts";

export type Sample = (ids: MatrixIds) => unknown;

export const SAMPLES: Record<string, Sample> = {
  "auth.login": () => ({ email: "caseworker@demo.test", password: DEMO_PASSWORD }),
  "auth.me": () => undefined,
  "auth.logout": () => undefined,
  "auth.logoutEverywhere": () => undefined,
  "auth.totp.verify": () => ({ code: "000000" }),
  "auth.totp.begin": () => undefined,
  "auth.totp.status": () => undefined,
  "auth.totp.enable": () => ({ code: "000000" }),
  "auth.totp.disable": () => ({ code: "000000" }),
  "clients.list": () => ({ limit: 5 }),
};
