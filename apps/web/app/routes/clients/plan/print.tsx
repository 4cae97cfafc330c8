import { useEffect, useState } from "react";
import { data, Link } from "react-router";
import { PrintablePlan } from "../../../components/plan/printable-plan.tsx";
import { catalogueFor } from "../../../i18n/catalogue.server.ts";
import { LANGUAGE_NAMES } from "../../../i18n/language-names.ts";
import { getTranslator } from "../../../i18n/translator.ts";
import { TranslationProvider, useTranslation } from "../../../i18n/use-translation.tsx";
import { getLocale, requireApi } from "../../../server/api.server.ts";
import type { Route } from "./+types/print";
import { loadPrintablePlan } from "./print.server.ts";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  const requested = new URL(request.url).searchParams.get("lang");
  const uiLocale = getLocale(request);
  const plan = await loadPrintablePlan(caller, session, params.clientId, requested, uiLocale);
  // The page has the interface language's messages; a plan in another language needs its own.
  return data(
    { ...plan, messages: plan.lang === uiLocale ? null : catalogueFor(plan.lang) },
    { headers: { "cache-control": "no-store" } },
  );
}

export function headers() {
  return { "cache-control": "no-store" };
}

/** window.print() once scripts run; without them the hint points to the browser's own Print. */
function PrintButton() {
  const { t } = useTranslation();
  const [isEnhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  return isEnhanced ? (
    <button type="button" onClick={() => window.print()}>
      {t("planPrint.print")}
    </button>
  ) : (
    <p className="muted">{t("planPrint.printHint")}</p>
  );
}

export default function PrintPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const plan = loaderData;
  return (
    <div className="print-page">
      <title>{`${t("planPrint.pageTitle")} · ${t("app.name")}`}</title>
      <div className="print-tools">
        <p>
          <Link to={`/clients/${plan.clientId}/plan`}>{t("planPrint.back")}</Link>
        </p>
        <nav aria-label={t("planPrint.languages")} className="print-languages">
          {(Object.keys(LANGUAGE_NAMES) as (keyof typeof LANGUAGE_NAMES)[]).map((lang) => (
            <Link key={lang} to={`?lang=${lang}`} lang={lang} aria-current={lang === plan.lang ? "true" : undefined}>
              {LANGUAGE_NAMES[lang]}
            </Link>
          ))}
        </nav>
        <PrintButton />
        <p>
          {/* A plain link: the PDF is a file download, not a page of the app. */}
          <a href={`/clients/${plan.clientId}/plan/print.pdf?lang=${plan.lang}`} download>
            {t("planPrint.downloadPdf")}
          </a>
        </p>
      </div>
      <TranslationProvider translator={plan.messages ? getTranslator(plan.lang, plan.messages) : i18n}>
        <PrintablePlan plan={plan} />
      </TranslationProvider>
    </div>
  );
}
