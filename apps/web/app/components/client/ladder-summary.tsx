import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "./format-date.ts";

type Reading = { domain: string; value: number; date: string; stageKey: string };

/** Her last ladder readings (1–10 per area) with the stage in words. */
export function LadderSummary({ clientId, readings }: { clientId: string; readings: Reading[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="ladder-heading">
      <h2 id="ladder-heading">{t("client.ladder.title")}</h2>
      {readings.length === 0 ? (
        <p>
          {t("client.ladder.none")}{" "}
          <Link to={`/clients/${clientId}/assessments#ladder-form-heading`}>{t("client.ladder.record")}</Link>
        </p>
      ) : (
        <>
          <p className="muted">
            {t("client.ladder.readOn", { date: formatDate(readings[0]?.date ?? "", i18n.language) })}
          </p>
          <ul className="ladder-list">
            {readings.map((reading) => (
              <li key={reading.domain}>
                <span className="ladder-domain">{t(`domain.${reading.domain}.title`)}</span>
                <span className="ladder-value">
                  <meter min={1} max={10} value={reading.value} aria-hidden="true" />
                  <strong>{t("client.ladder.value", { value: reading.value })}</strong> · {t(reading.stageKey)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
