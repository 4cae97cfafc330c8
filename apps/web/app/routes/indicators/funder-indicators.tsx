import { useTranslation } from "react-i18next";
import { data, Form } from "react-router";
import { FunderChart } from "../../components/indicators/funder-chart.tsx";
import { DisaggregationTable } from "../../components/indicators/disaggregation-table.tsx";
import { FunderIndicatorTable } from "../../components/indicators/funder-indicator-table.tsx";
import { MethodologyPanel } from "../../components/indicators/methodology-panel.tsx";
import { ProtectedValue } from "../../components/indicators/protected-value.tsx";
import { requireApi } from "../../server/api.server.ts";
import { todayIso } from "../clients/form-data.server.ts";
import { loadFunderReport, parseFunderQuery } from "./funder-indicators.server.ts";
import type { Route } from "./+types/funder-indicators";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "funder") throw data(null, { status: 403 });
  const query = parseFunderQuery(new URL(request.url), todayIso());
  const { report, error } = await loadFunderReport(caller, query.quarter, query.dimensions);
  return data({ ...query, report, error }, { headers: { "cache-control": "no-store" } });
}

export function headers() {
  return { "cache-control": "no-store" };
}

export default function FunderIndicators({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { quarters, quarter, dimensions, options, report, error } = loaderData;
  const { k } = report.methodology;
  const query = new URLSearchParams({ quarter, ...(dimensions[0] ? { by: dimensions[0] } : {}), ...(dimensions[1] ? { by2: dimensions[1] } : {}) }).toString();
  return (
    <section className="funder-page">
      <title>{`${t("home.funderTitle")} · ${t("app.name")}`}</title>
      <h1>{t("home.funderTitle")}</h1>
      <p>{t("funder.intro")}</p>
      <Form method="get" className="filters" aria-label={t("funder.choose")}>
        <div className="field">
          <label htmlFor="quarter">{t("funder.quarter")}</label>
          <select id="quarter" name="quarter" defaultValue={quarter}>
            {quarters.map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </div>
        {(["by", "by2"] as const).map((name, i) => (
          <div className="field" key={name}>
            <label htmlFor={name}>{t(i === 0 ? "funder.breakdown.first" : "funder.breakdown.second")}</label>
            <select id={name} name={name} defaultValue={dimensions[i] ?? ""} aria-describedby="breakdown-hint">
              <option value="">{t("funder.breakdown.none")}</option>
              {options.map((d) => (
                <option key={d} value={d}>
                  {t(`funder.dimension.${d}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit">{t("funder.show")}</button>
        <p id="breakdown-hint" className="hint">
          {t("funder.breakdown.hint")}
        </p>
      </Form>
      {error ? (
        <div className="error-summary" role="alert">
          <p className="error-summary-title">{t("funder.breakdown.refused")}</p>
          <p>{t(error, { max: 2 })}</p>
        </div>
      ) : null}
      <p className="lead-figure">
        {t("funder.womenInPeriod", { period: report.period })} <strong><ProtectedValue cell={report.women} k={k} /></strong>
      </p>
      <FunderChart indicators={report.indicators} k={k} />
      <FunderIndicatorTable indicators={report.indicators} k={k} caption={t("funder.tableCaption", { period: report.period })} />
      {report.disaggregation ? <DisaggregationTable dimensions={report.disaggregation.dimensions} table={report.disaggregation.table} k={k} /> : null}
      <section className="card downloads" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t("funder.downloads.title")}</h2>
        <p className="hint">{t("funder.downloads.hint")}</p>
        <ul>
          <li>
            <a href={`/indicators/export/indicators-${quarter}.csv?${query}`} download>{t("funder.downloads.csv")}</a>
          </li>
          <li>
            <a href={`/indicators/export/indicators-${quarter}.json?${query}`} download>{t("funder.downloads.json")}</a>
          </li>
          <li>
            <a href={`/indicators/export/indicators-${quarter}.htcds.json?${query}`} download>{t("funder.downloads.htcds")}</a>
          </li>
        </ul>
      </section>
      <MethodologyPanel methodology={report.methodology} period={report.period} />
    </section>
  );
}
