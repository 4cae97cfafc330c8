import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "../client/format-date.ts";

type Conflict = { key: string; kind: string; pseudonym: string; date: string; href: string };

/** "My work": appointments to sort out, each linking to her appointments (issue 19). */
export function AppointmentConflicts({ conflicts }: { conflicts: readonly Conflict[] }) {
  const { t, i18n } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <section className="card" aria-labelledby="appointment-conflicts-heading">
      <h2 id="appointment-conflicts-heading">
        {t("appointments.conflictsTitle", { count: String(conflicts.length) })}
      </h2>
      <ul className="task-list">
        {conflicts.map((conflict) => (
          <li key={conflict.key}>
            <Link to={conflict.href}>{conflict.pseudonym}</Link>
            {": "}
            {t(`appointment.conflict.${conflict.kind}`, { date: formatDate(conflict.date, i18n.language) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
