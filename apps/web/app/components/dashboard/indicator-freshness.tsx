import { useTranslation } from "../../i18n/use-translation.tsx";

/**
 * When the indicators were computed and how long the server keeps them (ADR 008): figures can
 * be up to that old, and the manager is told so rather than shown them as live.
 */
export function IndicatorFreshness({ freshness }: { freshness: { computedAt: string; keptForSeconds: number } }) {
  const { t } = useTranslation();
  if (freshness.keptForSeconds <= 0) return null;
  return (
    <p className="muted indicator-freshness">
      {t("dashboard.indicators.freshness", {
        time: freshness.computedAt.slice(11, 16),
        minutes: Math.round(freshness.keptForSeconds / 60),
      })}
    </p>
  );
}
