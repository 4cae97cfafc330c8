import { canSeeClientContent } from "@gesim/core/browser";
import { data, redirect } from "react-router";
import { CaseloadTable } from "../components/caseload-table.tsx";
import { useTranslation } from "../i18n/use-translation.tsx";
import { requireApi } from "../server/api.server.ts";
import type { Route } from "./+types/home";
import { todayIso } from "./clients/form-data.server.ts";
import { caseloadSearchTarget, loadCaseload } from "./home.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  // A funder's only page is the anonymised indicators: she never lands near a client page.
  if (session.role === "funder") throw redirect("/indicators");
  const caseload = canSeeClientContent(session.role)
    ? await loadCaseload(caller, new URL(request.url), session.tokenHash, todayIso(session))
    : null;
  return data({ role: session.role, caseload }, { headers: { "cache-control": "no-store" } });
}

/** The caseload search: POSTed, so the term never sits in a URL (issue 14, item 8). */
export async function action({ request, context }: Route.ActionArgs) {
  const { session } = requireApi(context);
  if (!canSeeClientContent(session.role)) throw data(null, { status: 403 });
  throw redirect(caseloadSearchTarget(await request.formData(), session.tokenHash));
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { role, caseload } = loaderData;
  if (!caseload) {
    return (
      <section className="narrow">
        <title>{`${t("home.adminTitle")} · ${t("app.name")}`}</title>
        <h1>{t("home.adminTitle")}</h1>
        <p>{t("home.adminIntro")}</p>
      </section>
    );
  }
  return (
    <section>
      <title>{`${t("caseload.title")} · ${t("app.name")}`}</title>
      <h1>{t("caseload.title")}</h1>
      <p>{t(role === "manager" ? "caseload.introManager" : "caseload.introCaseworker")}</p>
      <CaseloadTable caseload={caseload} showCaseworker={role === "manager"} />
    </section>
  );
}
