import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ErrorSummary, FieldError, type FormErrors, invalidProps } from "./form-errors.tsx";
import { formatDate } from "./format-date.ts";

type Props = {
  followUp: { closedOn: string; followUpOn: string | null; followUpDoneOn: string | null; hasConsent: boolean };
  errors: FormErrors | undefined;
};

/**
 * A follow-up contact after her case is closed (issue 21 "Closure and follow-up"): planned with
 * her consent to be contacted after closure; it shows in My work when due, and is marked made.
 */
export function FollowUpSection({ followUp, errors }: Props) {
  const { t, i18n } = useTranslation();
  const pending = followUp.followUpOn !== null && followUp.followUpDoneOn === null;
  return (
    <section className="card" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t("followUp.title")}</h2>
      <p>{t("followUp.intro")}</p>
      {followUp.followUpDoneOn ? (
        <p>{t("followUp.doneOn", { date: formatDate(followUp.followUpDoneOn, i18n.language) })}</p>
      ) : null}
      {pending && followUp.followUpOn ? (
        <p>{t("followUp.planned", { date: formatDate(followUp.followUpOn, i18n.language) })}</p>
      ) : null}
      {followUp.hasConsent ? null : <p className="notice">{t("followUp.noConsent")}</p>}
      <ErrorSummary errors={errors} />
      {pending ? (
        <Form method="post">
          <input type="hidden" name="intent" value="follow-up-done" />
          <button type="submit">{t("followUp.markDone")}</button>
        </Form>
      ) : null}
      {followUp.hasConsent ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="follow-up-set" />
          <div className="field">
            <label htmlFor="follow-up-date">{t("followUp.date")}</label>
            <FieldError errors={errors} name="follow-up-date" />
            <input
              id="follow-up-date"
              name="followUpOn"
              type="date"
              defaultValue={pending ? (followUp.followUpOn ?? "") : ""}
              {...invalidProps(errors, "follow-up-date")}
            />
          </div>
          <button type="submit" className="secondary">
            {t("followUp.save")}
          </button>
        </Form>
      ) : null}
      {pending ? (
        <Form method="post">
          <input type="hidden" name="intent" value="follow-up-set" />
          <input type="hidden" name="followUpOn" value="" />
          <button type="submit" className="secondary">
            {t("followUp.cancel")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
