import { useTranslation } from "../../i18n/use-translation.tsx";
import { useNumberFormat } from "../charts/use-number-format.ts";

export type Methodology = {
  k: number;
  resolution: number;
  /** Present when differential privacy is on for the relationship. */
  privacy: { mechanism: string; epsilon: number; noiseScale: number } | null;
};

/** How the numbers were protected, in words a funder can check: k, rounding, noise, budget left. */
export function MethodologyPanel({
  methodology,
  budget,
  period,
}: {
  methodology: Methodology;
  budget: { total: number; spent: number; remaining: number | null } | null;
  period: string;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const formatEpsilon = useNumberFormat(4);
  const { k, resolution, privacy } = methodology;
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
          <dd>
            {privacy
              ? t("funder.methodology.dpOn", {
                  epsilon: formatEpsilon(privacy.epsilon),
                  scale: format(privacy.noiseScale),
                })
              : t("funder.methodology.dpOff")}
          </dd>
        </div>
        {budget ? (
          <div>
            <dt>{t("funder.methodology.budget")}</dt>
            <dd>
              {t("funder.methodology.budgetLeft", {
                remaining: formatEpsilon(budget.remaining ?? 0),
                total: formatEpsilon(budget.total),
              })}
            </dd>
          </div>
        ) : null}
      </dl>
      <p>{t("funder.methodology.suppression", { k })}</p>
      <p>{t("disclosure.rounded.explanation", { resolution })}</p>
      {privacy ? <p>{t("disclosure.noise.explanation", { scale: format(privacy.noiseScale) })}</p> : null}
      <p>{t("funder.methodology.population")}</p>
    </section>
  );
}
