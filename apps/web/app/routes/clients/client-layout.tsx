import { canSeeClientContent } from "@gesim/core/browser";
import { data, Outlet, useMatches } from "react-router";
import { ClientNav } from "../../components/client/client-nav.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { Route } from "./+types/client-layout";
import { isUuid, todayIso } from "./form-data.server.ts";

/**
 * The frame of every client page (`/clients/:clientId/*`): her pseudonym, status and the
 * sub-navigation (Overview · Plan · Assessments · Reviews · Notes). Children read this
 * loader's data with `useClientRecord()` (client-context.ts).
 */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (!canSeeClientContent(session.role)) throw data(null, { status: 403 });
  if (!isUuid(params.clientId)) throw data(null, { status: 404 });
  const client = await caller.clients.get({ clientId: params.clientId }).catch(rethrowAsResponse);
  const viewer = {
    role: session.role,
    userId: session.userId,
    isHerCaseworker: client.caseworkerId === session.userId,
  };
  return data({ client, viewer, today: todayIso(session) }, { headers: { "cache-control": "no-store" } });
}

/** Client pages hold sensitive data: never cached (the children inherit this). */
export function headers() {
  return { "cache-control": "no-store" };
}

export default function ClientLayout({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { client } = loaderData;
  // The one <title> of every client page: a child names its page with `handle.titleKey`.
  const leaf = useMatches().at(-1)?.handle as { titleKey?: string } | undefined;
  const titleKey = leaf?.titleKey;
  return (
    <div className="client-page">
      <title>{[titleKey ? t(titleKey) : null, client.pseudonym, t("app.name")].filter(Boolean).join(" · ")}</title>
      <div className="client-heading">
        <h1>{client.pseudonym}</h1>
        <p className="client-meta">
          <span className={`status-pill status-${client.status}`}>{t(`clientStatus.${client.status}`)}</span>
          <span>
            {client.caseworkerName
              ? t("client.caseworkerIs", { name: client.caseworkerName })
              : t("client.noCaseworker")}
          </span>
        </p>
      </div>
      <ClientNav clientId={client.id} showAudit={loaderData.viewer.role === "manager"} />
      <Outlet />
    </div>
  );
}
