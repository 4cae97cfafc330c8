import type { TRPCRouterRecord } from "@trpc/server";
import { closureSettingRouter, setClientStatus } from "./client-status.ts";
import { closeClient, reopenClient } from "./close-client.ts";
import { countryRules } from "./country-rules.ts";
import { createClient } from "./create-client.ts";
import { eraseClient } from "./erase-client.ts";
import { followUpRouter } from "./follow-up.ts";
import { getClient } from "./get-client.ts";
import { listClients } from "./list-clients.ts";
import { listColleagues } from "./list-colleagues.ts";
import { assignClient, shareClient, unshareClient } from "./share-client.ts";
import { subjectAccessExport } from "./subject-access.ts";
import { taskInbox } from "./task-inbox.ts";
import { updateClient } from "./update-client.ts";

/** Clients: the pseudonymous case record. Each procedure's file says who may call it. */
export const clientsRouter = {
  list: listClients,
  get: getClient,
  create: createClient,
  update: updateClient,
  close: closeClient,
  reopen: reopenClient,
  setStatus: setClientStatus,
  closureSetting: closureSettingRouter,
  followUp: followUpRouter,
  share: shareClient,
  unshare: unshareClient,
  assign: assignClient,
  erase: eraseClient,
  subjectAccessExport,
  colleagues: listColleagues,
  taskInbox,
  countryRules,
} satisfies TRPCRouterRecord;
