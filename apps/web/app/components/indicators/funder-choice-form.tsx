import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { usePeriodLabel } from "../dashboard/period-range.tsx";

type Props = {
  quarters: readonly string[];
  quarter: string;
  dimensions: readonly string[];
  options: readonly string[];
  relationships: readonly { id: string; name: string }[];
  relationshipId: string | null;
};

/** Funding relationship (when she has several), quarter and up to two breakdowns, as a GET form. */
export function FunderChoiceForm({ quarters, quarter, dimensions, options, relationships, relationshipId }: Props) {
  const { t } = useTranslation();
  const label = usePeriodLabel();
  return (
    <Form method="get" className="filters" aria-label={t("funder.choose")}>
      {relationships.length > 1 ? (
        <div className="field">
          <label htmlFor="relationship">{t("funder.relationship")}</label>
          <select id="relationship" name="relationship" defaultValue={relationshipId ?? ""}>
            {relationships.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="quarter">{t("funder.quarter")}</label>
        <select id="quarter" name="quarter" defaultValue={quarter}>
          {quarters.map((q) => (
            <option key={q} value={q}>
              {label(q)}
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
  );
}

/**
 * The downloads: a plain POST form (a release may spend privacy budget, so not a link a
 * browser could prefetch) carrying the same choice; each button asks for one format.
 */
export function FunderDownloads({
  quarter,
  dimensions,
  relationshipId,
  spendsBudget,
}: {
  quarter: string;
  dimensions: readonly string[];
  relationshipId: string | null;
  spendsBudget: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="card downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t("funder.downloads.title")}</h2>
      <p className="hint">{t("funder.downloads.hint")}</p>
      {spendsBudget ? <p className="notice warning">{t("funder.downloads.spends")}</p> : null}
      <form method="post" action="/indicators/export" className="download-buttons">
        <input type="hidden" name="quarter" value={quarter} />
        {dimensions[0] ? <input type="hidden" name="by" value={dimensions[0]} /> : null}
        {dimensions[1] ? <input type="hidden" name="by2" value={dimensions[1]} /> : null}
        {relationshipId ? <input type="hidden" name="relationship" value={relationshipId} /> : null}
        <button type="submit" name="format" value="csv" className="secondary">
          {t("funder.downloads.csv")}
        </button>
        <button type="submit" name="format" value="json" className="secondary">
          {t("funder.downloads.json")}
        </button>
        <button type="submit" name="format" value="htcds" className="secondary">
          {t("funder.downloads.htcds")}
        </button>
      </form>
    </section>
  );
}
