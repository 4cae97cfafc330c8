import { useEffect, useRef } from "react";
import { Form, useNavigation } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ErrorSummary, FieldError, type FormErrors } from "./form-errors.tsx";

type Props = { errors: FormErrors | undefined; body: string | undefined; saved: boolean; maxLength: number };

/** Adds a case note. The text is kept after an error; the form clears after saving. */
export function NoteForm({ errors, body, saved, maxLength }: Props) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const isSubmitting = useNavigation().state === "submitting";
  useEffect(() => {
    if (saved) form.current?.reset();
  }, [saved]);
  const error = errors?.["note-body"];
  return (
    <section className="card wide" aria-labelledby="add-note-heading">
      <h2 id="add-note-heading">{t("client.notes.add")}</h2>
      {saved ? (
        <p className="notice" role="status">
          {t("client.notes.saved")}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate ref={form}>
        <div className="field">
          <label htmlFor="note-body">{t("client.notes.body")}</label>
          <p className="hint" id="note-body-hint">
            {t("client.notes.hint")}
          </p>
          <FieldError errors={errors} name="note-body" />
          <textarea
            id="note-body"
            name="body"
            rows={5}
            maxLength={maxLength}
            defaultValue={saved ? "" : (body ?? "")}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "note-body-error note-body-hint" : "note-body-hint"}
          />
        </div>
        <button type="submit" disabled={isSubmitting}>
          {t("client.notes.save")}
        </button>
      </Form>
    </section>
  );
}
