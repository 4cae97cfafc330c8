// Subject access (issue 7): everything held about her, for her, in her language. Managers only.

import { randomBytes } from "node:crypto";
import type { createCaller, SessionUser } from "@gesim/api";
import type { Locale } from "@gesim/core";
import { data } from "react-router";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { isUuid } from "./form-data.server.ts";
import { namedLists } from "./intake-facts-form.server.ts";
import { printLanguage } from "./plan/print.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** ?lang= if supported, else her first language if the UI has it, else the interface language. */
export async function loadSubjectAccess(
  caller: Caller,
  session: SessionUser,
  clientId: string | undefined,
  requested: string | null,
  uiLocale: Locale,
  /** The JSON archive carries her documents' files (base64); the printable page lists them. */
  includeFiles = false,
) {
  if (session.role !== "manager") throw data(null, { status: 403 });
  if (!isUuid(clientId)) throw data(null, { status: 404 });
  const client = await caller.clients.get({ clientId }).catch(rethrowAsResponse);
  const locale = printLanguage(requested, client.languages, uiLocale);
  const content = await caller.clients.subjectAccessExport({ clientId, locale, includeFiles }).catch(rethrowAsResponse);
  // Countries and languages named in her document's language (her nationality, her interpreter's language).
  return { clientId, content, names: namedLists(content.locale) };
}

/** The JSON download: never cached, and a file name that says nothing about her. */
export function subjectAccessFile(content: unknown): Response {
  const name = `subject-access-${randomBytes(6).toString("hex")}.json`;
  return new Response(JSON.stringify(content, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store, private",
      pragma: "no-cache",
    },
  });
}
