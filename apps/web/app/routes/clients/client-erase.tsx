import { data, Form, Link, redirect } from "react-router";
import { ErrorSummary, FieldError, invalidProps } from "../../components/client/form-errors.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/client-erase";
import { useClientRecord } from "./client-context.ts";
import { eraseAction, eraseOptions, requireManager } from "./client-erase.server.ts";

export async function loader({ context }: Route.LoaderArgs) {
  requireManager(requireApi(context).session);
  return data(eraseOptions(), { headers: { "cache-control": "no-store" } });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller, session } = requireApi(context);
  requireManager(session);
  const result = await eraseAction(caller, params.clientId, await request.formData());
  if (result.ok) throw redirect(`/clients/${params.clientId}?erased=1`);
  return data(result, { status: result.errors.form === "erase.conflict" ? 409 : 400 });
}

/** Erasure on request (manager): a reason and her pseudonym typed out; works without JavaScript. */
export default function ClientErase({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { client } = useClientRecord();
  const errors = actionData && !actionData.ok ? actionData.errors : undefined;
  const back = <Link to={`/clients/${client.id}`}>{t("erase.cancel")}</Link>;
  if (client.erasedAt) return <p className="notice">{t("erase.done")}</p>;
  return (
    <section className="card" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t("erase.title")}</h2>
      <p>{t("erase.intro")}</p>
      {client.status !== "closed" ? (
        <>
          <p className="notice">{t("erase.mustClose")}</p>
          <p>{back}</p>
        </>
      ) : (
        <Form method="post" noValidate>
          <ErrorSummary errors={errors} />
          <input type="hidden" name="version" value={client.version} />
          <div className="field">
            <label htmlFor="reason">{t("erase.reason")}</label>
            <FieldError errors={errors} name="reason" />
            <select
              id="reason"
              name="reason"
              required
              defaultValue={actionData && !actionData.ok ? actionData.values.reason : ""}
              {...invalidProps(errors, "reason")}
            >
              <option value="">{t("erase.chooseReason")}</option>
              {loaderData.reasons.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`erasure.reason.${reason}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="confirmation">{t("erase.confirm", { pseudonym: client.pseudonym })}</label>
            <FieldError errors={errors} name="confirmation" />
            <input
              id="confirmation"
              name="confirmation"
              type="text"
              autoComplete="off"
              required
              {...invalidProps(errors, "confirmation")}
            />
          </div>
          <p>
            <button type="submit">{t("erase.submit")}</button> {back}
          </p>
        </Form>
      )}
    </section>
  );
}
