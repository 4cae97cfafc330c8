import { data, Form, Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/admin-providers";
import { handleProviderAction, loadProviders } from "./admin-providers.server.ts";
import { ProviderForm } from "./provider-form.tsx";
import { EMPTY_PROVIDER } from "./provider-values.ts";

/** The provider directory (issue 17): managers and administrators add, edit and deactivate services. */
function editor(context: Route.LoaderArgs["context"]) {
  const { caller, session } = requireApi(context);
  if (session.role !== "admin" && session.role !== "manager") throw data(null, { status: 403 });
  return caller;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  return loadProviders(editor(context), new URL(request.url));
}

export async function action({ request, context }: Route.ActionArgs) {
  return handleProviderAction(editor(context), request);
}

export const handle = { titleKey: "adminProviders.title" };

export default function AdminProviders({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { providers, showInactive, editing, domains, done } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : null;
  const failedEdit = failed && failed.values.providerId !== "" ? failed : null;
  const failedNew = failed && failed.values.providerId === "" ? failed : null;
  const yes = (value: boolean) => t(value ? "adminProviders.yes" : "adminProviders.no");
  return (
    <div>
      <title>{`${t("adminProviders.title")} · ${t("app.name")}`}</title>
      <h1>{t("adminProviders.title")}</h1>
      {done ? (
        <p className="notice" role="status">
          {t(`adminProviders.done.${done}`)}
        </p>
      ) : null}
      <p>
        <Link to={showInactive ? "/admin/providers" : "/admin/providers?show=inactive"}>
          {t(showInactive ? "adminProviders.showActive" : "adminProviders.showInactive")}
        </Link>
      </p>
      {providers.length === 0 ? (
        <p>{t(showInactive ? "adminProviders.noneInactive" : "adminProviders.none")}</p>
      ) : (
        <section
          className="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable)
          tabIndex={0}
          aria-label={t(showInactive ? "adminProviders.inactiveCaption" : "adminProviders.caption")}
        >
          <table className="data-table">
            <caption>{t(showInactive ? "adminProviders.inactiveCaption" : "adminProviders.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("adminProviders.name")}</th>
                <th scope="col">{t("adminProviders.domains")}</th>
                <th scope="col">{t("adminProviders.languagesShort")}</th>
                <th scope="col">{t("adminProviders.womenOnly")}</th>
                <th scope="col">{t("adminProviders.mothers")}</th>
                <th scope="col">{t("adminProviders.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {providers.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{p.domains.map((d) => t(`domain.${d}.title`)).join(", ")}</td>
                  <td>{p.languages.join(", ")}</td>
                  <td>{yes(p.isWomenOnly)}</td>
                  <td>{yes(p.acceptsMothersWithChildren)}</td>
                  <td>
                    {p.isActive ? (
                      <>
                        <Link to={`/admin/providers?edit=${p.id}`}>
                          {t("adminProviders.edit")}
                          <span className="visually-hidden"> {p.name}</span>
                        </Link>
                        <Form method="post" className="inline-form">
                          <input type="hidden" name="intent" value="deactivate" />
                          <input type="hidden" name="providerId" value={p.id} />
                          <input type="hidden" name="version" value={p.version} />
                          <button type="submit" className="secondary">
                            {t("adminProviders.deactivate")}
                            <span className="visually-hidden"> {p.name}</span>
                          </button>
                        </Form>
                      </>
                    ) : (
                      t("adminProviders.inactive")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {editing || failedEdit ? (
        <section aria-labelledby="edit-provider-title">
          <h2 id="edit-provider-title">{t("adminProviders.editTitle")}</h2>
          <ProviderForm
            key={failedEdit ? "failed" : (editing?.providerId ?? "")}
            values={failedEdit?.values ?? editing ?? EMPTY_PROVIDER}
            errors={failedEdit?.errors}
            domains={domains}
          />
          <p>
            <Link to="/admin/providers">{t("adminProviders.cancel")}</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="new-provider-title">
        <h2 id="new-provider-title">{t("adminProviders.addTitle")}</h2>
        <ProviderForm
          key={failedNew ? "failed" : "new"}
          values={failedNew?.values ?? EMPTY_PROVIDER}
          errors={failedNew?.errors}
          domains={domains}
        />
      </section>
    </div>
  );
}
