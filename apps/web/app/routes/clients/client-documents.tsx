import { data, Form, redirect, useLocation, useNavigation, useSearchParams } from "react-router";
import { ErrorSummary, FieldError, invalidProps } from "../../components/client/form-errors.tsx";
import { useDateFormat } from "../../components/plan/use-date-format.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import { dbContext } from "../../server/db-context.server.ts";
import type { Route } from "./+types/client-documents";
import { deleteDocument, loadDocuments, uploadDocument } from "./client-documents.server.ts";

export const handle = { titleKey: "client.documents.title" };

const NO_STORE = { "cache-control": "no-store, private", pragma: "no-cache" };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { caller } = requireApi(context);
  const { documentMaxBytes } = context.get(dbContext);
  return data(await loadDocuments(caller, params.clientId, documentMaxBytes), { headers: NO_STORE });
}

/** Upload (multipart form data) or delete; on success back to the list (post/redirect/get). */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const { documentMaxBytes } = context.get(dbContext);
  const form = await request.formData();
  const intent = form.get("intent");
  const result =
    intent === "delete"
      ? await deleteDocument(caller, params.clientId, form)
      : await uploadDocument(caller, params.clientId, form, documentMaxBytes);
  if (result === null)
    throw redirect(`/clients/${params.clientId}/documents?done=${intent === "delete" ? "deleted" : "uploaded"}`);
  return data(result, { status: 400, headers: NO_STORE });
}

export function headers() {
  return NO_STORE;
}

function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default function ClientDocuments({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const [search] = useSearchParams();
  const isSubmitting = useNavigation().state === "submitting";
  // A new key after each navigation (the redirect after an upload): the form starts empty again.
  const formKey = useLocation().key;
  const upload = actionData?.intent === "upload" ? actionData : undefined;
  const removal = actionData?.intent === "delete" ? actionData : undefined;
  const done = search.get("done");
  const revealId = search.get("reveal");
  const revealInvalid = search.get("invalid") === "1";
  const { clientId } = loaderData;
  const stepName = (id: string | null) => {
    const step = loaderData.steps.find((s) => s.id === id);
    if (!step) return null;
    return step.labelKey ? t(step.labelKey) : (step.text ?? "");
  };
  return (
    <div className="documents">
      <p className="notice">{t("client.documents.intro")}</p>
      {done === "uploaded" || done === "deleted" ? (
        <p className="notice" role="status">
          {t(done === "uploaded" ? "client.documents.uploaded" : "client.documents.deleted")}
        </p>
      ) : null}
      <section className="card wide" aria-labelledby="upload-document-heading">
        <h2 id="upload-document-heading">{t("client.documents.uploadTitle")}</h2>
        <ErrorSummary errors={upload?.errors} prefix="document-" />
        <Form method="post" encType="multipart/form-data" noValidate key={formKey}>
          <input type="hidden" name="intent" value="upload" />
          <div className="field">
            <label htmlFor="document-kind">{t("client.documents.kind")}</label>
            <FieldError errors={upload?.errors} name="kind" id="document-kind" />
            <select
              id="document-kind"
              name="kind"
              defaultValue={upload?.values.kind ?? ""}
              {...invalidProps(upload?.errors, "kind", "document-kind")}
            >
              <option value="">{t("client.documents.chooseKind")}</option>
              {loaderData.kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`document.kind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="document-title">{t("client.documents.titleLabel")}</label>
            <p className="hint" id="document-title-hint">
              {t("client.documents.titleHint")}
            </p>
            <FieldError errors={upload?.errors} name="title" id="document-title" />
            <input
              id="document-title"
              name="title"
              type="text"
              maxLength={200}
              defaultValue={upload?.values.title ?? ""}
              {...invalidProps(upload?.errors, "title", "document-title")}
            />
          </div>
          {loaderData.steps.length > 0 ? (
            <div className="field">
              <label htmlFor="document-actionId">{t("client.documents.step")}</label>
              <FieldError errors={upload?.errors} name="actionId" id="document-actionId" />
              <select
                id="document-actionId"
                name="actionId"
                defaultValue={upload?.values.actionId ?? ""}
                {...invalidProps(upload?.errors, "actionId", "document-actionId")}
              >
                <option value="">{t("client.documents.noStep")}</option>
                {loaderData.steps.map((step) => (
                  <option key={step.id} value={step.id}>
                    {step.labelKey ? t(step.labelKey) : step.text}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="document-file">{t("client.documents.file")}</label>
            <p className="hint" id="document-file-hint">
              {t("client.documents.fileHint", { max: String(loaderData.maxMegabytes) })}
            </p>
            <FieldError errors={upload?.errors} name="file" id="document-file" />
            <input
              id="document-file"
              name="file"
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              aria-describedby={upload?.errors.file ? "document-file-error document-file-hint" : "document-file-hint"}
              aria-invalid={upload?.errors.file ? true : undefined}
            />
          </div>
          <button type="submit" disabled={isSubmitting}>
            {t("client.documents.submit")}
          </button>
        </Form>
      </section>
      <section className="card wide" aria-labelledby="documents-list-heading">
        <h2 id="documents-list-heading">{t("client.documents.listTitle")}</h2>
        <ErrorSummary errors={removal?.errors} />
        {loaderData.documents.length === 0 ? (
          <p>{t("client.documents.none")}</p>
        ) : (
          <ul className="document-list">
            {loaderData.documents.map((document) => {
              const fileUrl = `/clients/${clientId}/documents/${document.id}/file`;
              const step = stepName(document.actionId);
              return (
                <li key={document.id} className="document-item" data-document={document.id}>
                  <h3>{document.title}</h3>
                  <p className="document-meta">
                    {t(`document.kind.${document.kind}`)} · {formatDate(document.createdAt.slice(0, 10))} ·{" "}
                    {sizeOf(document.size)}
                    {document.uploadedByName
                      ? ` · ${t("client.documents.by", { name: document.uploadedByName })}`
                      : null}
                  </p>
                  {step ? <p className="document-meta">{t("client.documents.forStep", { step })}</p> : null}
                  {document.identityPaper ? (
                    <details open={revealId === document.id}>
                      <summary>{t("client.documents.downloadIdentityPaper", { title: document.title })}</summary>
                      <p className="hint">{t("client.documents.identityPaperHint")}</p>
                      {revealId === document.id && revealInvalid ? (
                        <p className="field-error" role="alert">
                          {t("client.documents.reasonRequired")}
                        </p>
                      ) : null}
                      <form method="post" action={fileUrl}>
                        <div className="field">
                          <label htmlFor={`reason-${document.id}`}>{t("client.identity.reason")}</label>
                          <select id={`reason-${document.id}`} name="reason" required defaultValue="">
                            <option value="" disabled>
                              {t("client.documents.chooseReason")}
                            </option>
                            {loaderData.reasons.map((reason) => (
                              <option key={reason} value={reason}>
                                {t(`identity.reason.${reason}`)}
                              </option>
                            ))}
                          </select>
                        </div>
                        <div className="field">
                          <label htmlFor={`justification-${document.id}`}>{t("client.identity.justification")}</label>
                          <textarea
                            id={`justification-${document.id}`}
                            name="justification"
                            rows={3}
                            required
                            minLength={loaderData.justificationMinLength}
                            maxLength={1000}
                          />
                        </div>
                        <button type="submit">{t("client.documents.download")}</button>
                      </form>
                    </details>
                  ) : (
                    <p>
                      <a href={fileUrl} download>
                        {t("client.documents.downloadNamed", { title: document.title })}
                      </a>
                    </p>
                  )}
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="delete" />
                    <input type="hidden" name="documentId" value={document.id} />
                    <button type="submit" className="secondary" disabled={isSubmitting}>
                      {t("client.documents.deleteNamed", { title: document.title })}
                    </button>
                  </Form>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
