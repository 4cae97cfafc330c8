import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { useNumberFormat } from "../charts/use-number-format.ts";

export type AwaitingRelease = {
  period: string;
  dimensions: readonly string[];
  epsilon: number;
  total: number;
  remaining: number;
  affordable: boolean;
};

/**
 * Figures not released yet under differential privacy (issue 14 item 5): viewing the page
 * never spends privacy budget, so releasing is a choice the funder makes here, in words that
 * say what it costs, with a POST form that works without JavaScript. When what is left of the
 * quarter's budget cannot pay for it, she is told so instead.
 */
export function ReleaseOffer({
  offer,
  periodLabel,
  relationshipId,
}: {
  offer: AwaitingRelease;
  periodLabel: string;
  relationshipId: string | null;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat(4);
  const breakdown =
    offer.dimensions.length > 0
      ? t("funder.release.byBreakdown", {
          dimensions: offer.dimensions.map((d) => t(`funder.dimension.${d}`)).join(" × "),
        })
      : t("funder.release.noBreakdown");
  const amounts = {
    period: periodLabel,
    breakdown,
    epsilon: format(offer.epsilon),
    remaining: format(offer.remaining),
    total: format(offer.total),
  };
  return (
    <section className="card release-offer" aria-labelledby="release-heading">
      <h2 id="release-heading">{t("funder.release.title")}</h2>
      <p>{t("funder.release.why", amounts)}</p>
      {offer.affordable ? (
        <>
          <p>{t("funder.release.cost", amounts)}</p>
          <Form method="post" className="release-form">
            <input type="hidden" name="quarter" value={offer.period} />
            {offer.dimensions[0] ? <input type="hidden" name="by" value={offer.dimensions[0]} /> : null}
            {offer.dimensions[1] ? <input type="hidden" name="by2" value={offer.dimensions[1]} /> : null}
            {relationshipId ? <input type="hidden" name="relationship" value={relationshipId} /> : null}
            <button type="submit">{t("funder.release.button")}</button>
          </Form>
        </>
      ) : (
        <p className="notice warning">{t("funder.release.cannot", amounts)}</p>
      )}
    </section>
  );
}
