import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "./format-date.ts";

type Entry<D> = { id: string; version: number; assessedOn: string; detail: D | null };
type History = {
  needs: Entry<{ assessed: number; highest: string | null }>[];
  risk: Entry<{ level: string; total: number }>[];
  ladder: Entry<{ count: number }>[];
};

/** Every saved version per kind, newest first: nothing is overwritten. */
export function AssessmentHistory({ history }: { history: History }) {
  const { t, i18n } = useTranslation();
  const kinds = [
    {
      kind: "needs",
      entries: history.needs,
      describe: (d: History["needs"][number]["detail"]) =>
        d ? t("client.history.needs", { count: d.assessed, highest: d.highest ? t(`need.${d.highest}`) : "—" }) : "",
    },
    {
      kind: "risk",
      entries: history.risk,
      describe: (d: History["risk"][number]["detail"]) =>
        d ? t("client.history.risk", { level: t(`risk.level.${d.level}`), total: d.total }) : "",
    },
    {
      kind: "ladder",
      entries: history.ladder,
      describe: (d: History["ladder"][number]["detail"]) => (d ? t("client.history.ladder", { count: d.count }) : ""),
    },
  ] as const;
  return (
    <section className="card wide" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("client.history.title")}</h2>
      <div className="history-grid">
        {kinds.map(({ kind, entries, describe }) => (
          <div key={kind} className="history-kind">
            <h3 id={`history-${kind}`}>{t(`client.history.kind.${kind}`)}</h3>
            {entries.length === 0 ? (
              <p>{t("client.history.none")}</p>
            ) : (
              <ol className="history-list" aria-labelledby={`history-${kind}`}>
                {entries.map((entry) => (
                  <li key={entry.id}>
                    <strong>{t("client.history.version", { version: entry.version })}</strong> ·{" "}
                    {formatDate(entry.assessedOn, i18n.language)}
                    <br />
                    <span className="muted">{describe(entry.detail as never)}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
