import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ErrorSummary, type FormErrors } from "./form-errors.tsx";
import { formatDate } from "./format-date.ts";

type Props = {
  status: string;
  version: number;
  closedOn: string | null;
  reasons: readonly string[];
  errors: FormErrors | undefined;
  chosen: readonly string[];
  /** Open statuses her case may move to from where it stands (core's transitions). */
  nextStatuses?: readonly string[];
  statusErrors?: FormErrors | undefined;
  /** False when the organisation asks a manager to confirm closures and the viewer is not one. */
  mayClose?: boolean;
};

/** Close the case with at least one reason, or reopen a closed one (her caseworker or a manager). */
export function CaseClosure(props: Props) {
  const { status, version, closedOn, reasons, errors, chosen, nextStatuses = [], mayClose = true } = props;
  const { t, i18n } = useTranslation();
  if (status === "closed") {
    return (
      <section className="card" aria-labelledby="closure-heading">
        <h2 id="closure-heading">{t("client.closure.reopenTitle")}</h2>
        <p>
          {closedOn
            ? t("client.closure.closedOn", { date: formatDate(closedOn, i18n.language) })
            : t("clientStatus.closed")}
        </p>
        <ErrorSummary errors={errors} />
        <Form method="post">
          <input type="hidden" name="intent" value="reopen" />
          <input type="hidden" name="version" value={version} />
          <button type="submit">{t("client.closure.reopen")}</button>
        </Form>
      </section>
    );
  }
  const error = errors?.["close-reasons"];
  const statusError = props.statusErrors?.["set-status"];
  return (
    <section className="card" aria-labelledby="closure-heading">
      <h2 id="closure-heading">{t("client.closure.title")}</h2>
      <p>
        {t("journey.status.current")} <strong className="status-now">{t(`clientStatus.${status}`)}</strong>
      </p>
      {nextStatuses.length ? (
        <Form method="post" className="status-form">
          <ErrorSummary errors={props.statusErrors} />
          <input type="hidden" name="intent" value="set-status" />
          <input type="hidden" name="version" value={version} />
          <div className="field">
            <label htmlFor="status-next">{t("journey.status.moveTo")}</label>
            {statusError ? (
              <p className="field-error" id="status-next-error">
                {t(statusError)}
              </p>
            ) : null}
            <select
              id="status-next"
              name="status"
              aria-describedby={statusError ? "status-next-error" : undefined}
              aria-invalid={statusError ? true : undefined}
            >
              {nextStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`clientStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="secondary">
            {t("journey.status.save")}
          </button>
        </Form>
      ) : null}
      {mayClose ? null : <p className="notice">{t("clients.error.closureNeedsManager")}</p>}
      {mayClose ? (
        <details open={errors !== undefined}>
          <summary>{t("client.closure.open")}</summary>
          <ErrorSummary errors={errors} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="close" />
            <input type="hidden" name="version" value={version} />
            <fieldset id="close-reasons" aria-describedby={error ? "close-reasons-error" : undefined}>
              <legend>{t("client.closure.reasons")}</legend>
              {error ? (
                <p className="field-error" id="close-reasons-error">
                  {t(error)}
                </p>
              ) : null}
              {reasons.map((reason) => (
                <div className="check" key={reason}>
                  <input
                    type="checkbox"
                    id={`reason-${reason}`}
                    name="reasons"
                    value={reason}
                    defaultChecked={chosen.includes(reason)}
                  />
                  <label htmlFor={`reason-${reason}`}>{t(`plan.closure.${reason}`)}</label>
                </div>
              ))}
            </fieldset>
            <button type="submit">{t("client.closure.close")}</button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
