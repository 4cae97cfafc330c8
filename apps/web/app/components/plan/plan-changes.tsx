import { useTranslation } from "../../i18n/use-translation.tsx";

/** One material change since approval, ready to read: what kind, in which domain, which goal or step. */
export type ChangeView = {
  kind: string;
  domain: string | null;
  /** A catalogue step's label key, or null. */
  labelKey: string | null;
  /** A goal's words or a free-text step, or null. */
  text: string | null;
};

/** "Changed since approval": the list of what changed, in words. */
export function PlanChanges({ changes, headingId }: { changes: readonly ChangeView[]; headingId: string }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <div className="plan-notice changed-since-approval">
      <p className="alert-title" id={headingId}>
        {t("approvals.changedSinceApproval")}
      </p>
      <ul aria-labelledby={headingId}>
        {changes.map((change, index) => (
          <li key={index}>
            {t(`approvals.change.${change.kind}`, {
              domain: change.domain ? t(`domain.${change.domain}.title`) : "",
              what: change.labelKey ? t(change.labelKey) : (change.text ?? ""),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
