import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { useFindingText } from "../plan/finding-text.ts";

type Entry = {
  principle: string;
  titleKey: string;
  status: string;
  finding: { key: string; params: Record<string, unknown> } | null;
};

const STATUS_KEYS: Record<string, string> = {
  met: "planCheck.coverage.met",
  partly: "planCheck.coverage.partly",
  "not-met": "client.coverage.gap",
  "not-applicable": "planCheck.coverage.not-applicable",
};

const SYMBOLS: Record<string, string> = { met: "✓", partly: "◐", "not-met": "!", "not-applicable": "–" };

/** The 11 principles, each with its status as words (and a symbol), never colour alone. */
export function PrincipleCoverageList({ clientId, coverage }: { clientId: string; coverage: Entry[] }) {
  const { t } = useTranslation();
  const findingText = useFindingText();
  const count = (status: string) => coverage.filter((entry) => entry.status === status).length;
  return (
    <section className="card wide" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t("client.coverage.title")}</h2>
      <p className="muted">
        {t("client.coverage.counts", {
          met: count("met"),
          partly: count("partly"),
          gap: count("not-met"),
          na: count("not-applicable"),
        })}
      </p>
      <table className="coverage">
        <caption className="visually-hidden">{t("client.coverage.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("client.coverage.principle")}</th>
            <th scope="col">{t("client.coverage.status")}</th>
            <th scope="col">{t("client.coverage.why")}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.map((entry, index) => (
            <tr key={entry.principle}>
              <th scope="row">
                <span className="principle-number">{`P${index + 1}`}</span> {t(entry.titleKey)}
              </th>
              <td>
                <span className={`coverage-status coverage-${entry.status}`}>
                  <span aria-hidden="true">{SYMBOLS[entry.status]} </span>
                  {t(STATUS_KEYS[entry.status] ?? entry.status)}
                </span>
              </td>
              <td>{entry.finding ? findingText(entry.finding.key, entry.finding.params) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to={`/clients/${clientId}/plan`}>{t("client.coverage.toPlan")}</Link>
      </p>
    </section>
  );
}
