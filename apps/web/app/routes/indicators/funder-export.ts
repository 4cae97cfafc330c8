import { data } from "react-router";
import { requireApi } from "../../server/api.server.ts";
import { csvResponse, downloadResponse } from "../../server/csv.server.ts";
import { todayIso } from "../clients/form-data.server.ts";
import { parseFunderQuery } from "./funder-indicators.server.ts";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { Route } from "./+types/funder-export";

/** `/indicators/export/indicators-<quarter>.(csv|json)`: the funder's protected report as a file. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "funder") throw data(null, { status: 403 });
  const format = /\.htcds\.json$/.test(params.file) ? "htcds" : /\.json$/.test(params.file) ? "json" : /\.csv$/.test(params.file) ? "csv" : null;
  if (!format || format === "htcds") throw data(null, { status: 404 });
  const { quarter, dimensions } = parseFunderQuery(new URL(request.url), todayIso());
  const report = await caller.indicators.funder({ quarter, dimensions }).catch(rethrowAsResponse);
  const name = `gesim-indicators-${quarter.toLowerCase()}`;
  if (format === "json") return downloadResponse(`${name}.json`, JSON.stringify(report, null, 2), "application/json; charset=utf-8");
  const cell = (c: { kind: string; value?: number }) => (c.kind === "value" ? (c.value ?? null) : "suppressed");
  return csvResponse(`${name}.csv`, [
    ["indicator", "result", "based_on"],
    ...report.indicators.map((i) => [i.id, i.kind === "ratio" ? cell(i.percent) : i.kind === "distribution" ? cell(i.median) : i.kind === "count" ? cell(i.value) : null, i.kind === "ratio" ? cell(i.denominator) : i.kind === "distribution" ? cell(i.n) : null]),
  ]);
}
