import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "./format-date.ts";

export type TaskItem = {
  kind: string;
  clientId: string;
  pseudonym: string;
  date: string;
  href: string;
  stepLabelKey: string | null;
  stepText: string | null;
  domain: string | null;
  providerName: string | null;
  /** A consent to renew: its purpose (and the provider, in providerName, when it names one). */
  consentPurpose?: string | null;
};

/** Tasks in words: what is due, by when, for whom (the pseudonym left out on her own page). */
export function TaskList({ tasks, showWho }: { tasks: readonly TaskItem[]; showWho: boolean }) {
  const { t, i18n } = useTranslation();
  const consentOf = (task: TaskItem) =>
    task.consentPurpose
      ? [t(`consent.purpose.${task.consentPurpose}`), task.providerName].filter(Boolean).join(" – ")
      : "";
  return (
    <ul className="task-list">
      {tasks.map((task) => (
        <li
          key={`${task.kind}-${task.clientId}-${task.date}-${task.stepLabelKey ?? task.stepText ?? task.providerName}`}
        >
          <span className={`tag task-${task.kind}`}>{t(`myWork.kind.${task.kind}`)}</span>{" "}
          <Link to={task.href}>
            {t(`myWork.task.${task.kind}`, {
              step: task.stepLabelKey ? t(task.stepLabelKey) : (task.stepText ?? ""),
              provider: task.providerName ?? "",
              consent: consentOf(task),
              date: formatDate(task.date, i18n.language),
            })}
          </Link>
          {showWho ? <span className="muted"> · {task.pseudonym}</span> : null}
        </li>
      ))}
    </ul>
  );
}
