// Small pieces every plan form uses: the plan reference, field errors linked to their
// inputs, and the form-level alert (conflict, refusal).
import { useEffect, useRef } from "react";
import { useTranslation } from "../../i18n/use-translation.tsx";

export type Echo = {
  formKey: string;
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  formError: string | null;
  isConflict: boolean;
  nonce: string;
};

/** The answer to the last post, if it was this form's: its values are given back to it. */
export function echoFor(echo: Echo | undefined | null, formKey: string): Echo | null {
  return echo && echo.formKey === formKey ? echo : null;
}

export function echoed(echo: Echo | null, name: string, fallback: string): string {
  const value = echo?.values[name];
  if (echo && value === undefined) return "";
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? fallback);
}

export function echoedList(echo: Echo | null, name: string, fallback: readonly string[]): string[] {
  if (!echo) return [...fallback];
  const value = echo.values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function PlanRef({ intent, planId, version }: { intent: string; planId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** aria props for an input with a possible error; the error's id is `${id}-error`. */
export function invalidProps(echo: Echo | null, name: string, id: string) {
  return echo?.errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

export function FieldError({ echo, name, id }: { echo: Echo | null; name: string; id: string }) {
  const { t } = useTranslation();
  const message = echo?.errors[name];
  return message ? (
    <p className="field-error" id={`${id}-error`}>
      {t(message)}
    </p>
  ) : null;
}

/** The form's own message: a friendly conflict notice, a refusal, or "check the fields". */
export function FormAlert({ echo, children }: { echo: Echo | null; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (echo) ref.current?.focus();
  }, [echo]);
  if (!echo) return null;
  const hasFieldErrors = Object.keys(echo.errors).length > 0;
  return (
    <div className={echo.isConflict ? "plan-notice conflict" : "error-summary"} role="alert" tabIndex={-1} ref={ref}>
      <p className="alert-title">{t(echo.isConflict ? "planPage.conflictTitle" : "planPage.errorTitle")}</p>
      {echo.formError ? <p>{t(echo.formError)}</p> : null}
      {hasFieldErrors ? <p>{t("planPage.checkFields")}</p> : null}
      {children}
    </div>
  );
}
