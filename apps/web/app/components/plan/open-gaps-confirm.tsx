import { useTranslation } from "../../i18n/use-translation.tsx";

/** A principle the plan leaves unmet, as the approval shows it. */
export type UnmetPrinciple = { id: string; number: number; titleKey: string };

type Props = {
  /** Unique on the page (the queue lists several plans). */
  idPrefix: string;
  unmet: readonly UnmetPrinciple[];
  /** The refusal when the manager approved without confirming (a message key), shown at the box. */
  error?: string | null | undefined;
};

/**
 * What a plan leaves unmet, and, inside the approve form, the box the manager ticks to approve
 * it with those gaps (issue 16): a second step that works without JavaScript, recorded in the
 * audit. Nothing when every principle is met or not applicable.
 */
export function UnmetPrinciples({ idPrefix, unmet }: Omit<Props, "error">) {
  const { t } = useTranslation();
  if (unmet.length === 0) return <p className="muted">{t("approvals.noGaps")}</p>;
  return (
    <div className="unmet-principles">
      <p id={`${idPrefix}-unmet`}>
        <strong>{t("approvals.unmetCount", { count: unmet.length })}</strong>
      </p>
      <ul>
        {unmet.map((principle) => (
          <li key={principle.id}>
            <span className="principle-number">{`P${principle.number}`}</span> {t(principle.titleKey)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ConfirmOpenGaps({ idPrefix, unmet, error }: Props) {
  const { t } = useTranslation();
  if (unmet.length === 0) return null;
  const id = `${idPrefix}-confirm`;
  return (
    <div className={`check confirm-gaps${error ? " invalid" : ""}`}>
      <input
        type="checkbox"
        id={id}
        name="confirmOpenGaps"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label htmlFor={id}>{t("approvals.confirmGaps", { count: unmet.length })}</label>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
