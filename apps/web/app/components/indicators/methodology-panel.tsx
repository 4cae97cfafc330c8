import { useTranslation } from "react-i18next";
import { useNumberFormat } from "../charts/use-number-format.ts";

export type Methodology = {
  k: number;
  resolution: number;
  /** Present when differential privacy is on for the relationship. */
  epsilon?: number | null;
  noiseScale?: number | null;
  budget?: { total: number; spent: number; remaining: number } | null;
};

/** How the numbers were protected, in words a funder can check: k, rounding, noise, budget. */
export function MethodologyPanel({ methodology, period }: { methodology: Methodology; period: string }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const { k, resolution, epsilon, noiseScale, budget } = methodology;
  return (
    <section id="methodology" className="card methodology" aria-labelledby="methodology-heading" tabIndex={-1}>
      <h2 id="methodology-heading">{t("funder.methodology.title")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("funder.methodology.period")}</dt>
          <dd>{period}</dd>
        </div>
        <div>
          <dt>{t("funder.methodology.k")}</dt>
          <dd>{format(k)}</dd>
        </div>
        <div>
          <dt>{t("funder.methodology.resolution")}</dt>
          <dd>{format(resolution)}</dd>
        </div>
        <div>
          <dt>{t("funder.methodology.dp")}</dt>
          <dd>{epsilon != null ? t("funder.methodology.dpOn", { epsilon: format(epsilon), scale: format(noiseScale ?? 0) }) : t("funder.methodology.dpOff")}</dd>
        </div>
        {budget ? (
          <div>
            <dt>{t("funder.methodology.budget")}</dt>
            <dd>{t("funder.methodology.budgetLeft", { remaining: format(budget.remaining), total: format(budget.total) })}</dd>
          </div>
        ) : null}
      </dl>
      <p>{t("funder.methodology.suppression", { k })}</p>
      <p>{t("disclosure.rounded.explanation", { resolution })}</p>
      <p>{t("funder.methodology.population")}</p>
    </section>
  );
}
