import { data } from "react-router";
import { IdentityDetailsForm } from "../../components/client/identity-details-form.tsx";
import { IdentityReveal } from "../../components/client/identity-reveal.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/client-identity";
import { useClientRecord } from "./client-context.ts";
import { identityAction, loadIdentityStatus } from "./client-identity.server.ts";

const NO_STORE = { "cache-control": "no-store, private", pragma: "no-cache" };

/** Only which details exist: the values are never in the loader (nor in any cache). */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { caller } = requireApi(context);
  return data(await loadIdentityStatus(caller, params.clientId), { headers: NO_STORE });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const result = await identityAction(caller, params.clientId, await request.formData());
  return data(result, { status: result.ok ? 200 : 400, headers: NO_STORE });
}

export function headers() {
  return NO_STORE;
}

export default function ClientIdentity({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { client } = useClientRecord();
  const setResult = actionData?.intent === "set" ? actionData : undefined;
  const revealResult = actionData?.intent === "reveal" ? actionData : undefined;
  return (
    <div className="identity">
      <p className="notice">{t("client.identity.intro")}</p>
      {setResult?.ok ? (
        <p className="notice" role="status">
          {t("client.identity.saved")}
        </p>
      ) : null}
      <div className="card-grid">
        <IdentityDetailsForm
          has={loaderData.has}
          version={loaderData.version}
          errors={setResult && !setResult.ok ? setResult.errors : undefined}
          values={setResult && !setResult.ok ? setResult.values : undefined}
          saved={setResult?.ok ?? false}
        />
        <IdentityReveal
          reasons={loaderData.reasons}
          minLength={loaderData.justificationMinLength}
          errors={revealResult && !revealResult.ok ? revealResult.errors : undefined}
          values={revealResult && !revealResult.ok ? revealResult.values : undefined}
          revealed={revealResult?.ok ? revealResult.revealed : null}
          safeContact={client.safeContact}
        />
      </div>
    </div>
  );
}
