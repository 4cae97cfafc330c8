import { data, redirect } from "react-router";
import { getLocale, requireApi } from "../../server/api.server.ts";
import { downloadResponse } from "../../server/csv.server.ts";
import { todayIso } from "../clients/form-data.server.ts";
import type { Route } from "./+types/funder-export";
import { choicePath, funderRefusal, parseFunderChoice } from "./funder-indicators.server.ts";

const FORMATS = ["csv", "json", "htcds"] as const;

/**
 * POST `/indicators/export` (format csv | json | htcds, plus the page's choice): the funder's
 * protected report as a file with its methodology. A POST, because a release may spend
 * privacy budget; a refusal goes back to the page with its message.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "funder") throw data(null, { status: 403 });
  const form = await request.formData();
  const format = FORMATS.find((f) => f === form.get("format"));
  if (!format) throw data(null, { status: 400 });
  const choice = parseFunderChoice(form, todayIso(session));
  try {
    const file = await caller.indicators.funderExport({
      relationshipId: choice.relationshipId,
      quarter: choice.quarter,
      dimensions: choice.dimensions,
      format,
      locale: getLocale(request),
    });
    return downloadResponse(file.filename.toLowerCase(), file.content, `${file.mediaType}; charset=utf-8`);
  } catch (error) {
    throw redirect(choicePath(choice, { exportError: funderRefusal(error) }));
  }
}

export function loader() {
  throw data(null, { status: 405 });
}
