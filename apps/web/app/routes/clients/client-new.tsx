import { canSeeClientContent } from "@gesim/core/browser";
import { data, redirect } from "react-router";
import { IntakeForm } from "../../components/client/intake-form.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { getLocale, requireApi } from "../../server/api.server.ts";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { Route } from "./+types/client-new";
import { createFromIntake, intakeOptions, suggestPseudonym, todayIso } from "./client-new.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (!canSeeClientContent(session.role)) throw data(null, { status: 403 });
  const countryRules = await caller.clients.countryRules().catch(rethrowAsResponse);
  return data(
    {
      suggestion: suggestPseudonym(),
      today: todayIso(session),
      options: intakeOptions(getLocale(request), countryRules),
    },
    { headers: { "cache-control": "no-store" } },
  );
}

export function headers() {
  return { "cache-control": "no-store" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const result = await createFromIntake(caller, await request.formData());
  if (result.ok) throw redirect(`/clients/${result.clientId}?created=1`);
  return data(result, { status: result.errors.pseudonym === "clients.pseudonymTaken" ? 409 : 400 });
}

export default function NewClient({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="intake-page">
      <title>{`${t("client.intake.title")} · ${t("app.name")}`}</title>
      <h1>{t("client.intake.title")}</h1>
      <p>{t("client.intake.intro")}</p>
      <IntakeForm
        suggestion={loaderData.suggestion}
        today={loaderData.today}
        options={loaderData.options}
        errors={actionData?.errors}
        values={actionData?.values}
        isMinor={actionData?.isMinor ?? false}
      />
    </div>
  );
}
