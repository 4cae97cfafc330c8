import { type PlanLocale, textDirection } from "@gesim/core/browser";
import { useEffect, useState } from "react";
import { data, Link } from "react-router";
import { languageName } from "../../../components/appointments/appointment-table.tsx";
import { PrintablePlan } from "../../../components/plan/printable-plan.tsx";
import { planCatalogueFor } from "../../../i18n/catalogue.server.ts";
import { planLanguageName } from "../../../i18n/language-names.ts";
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
  // The page has the interface language's messages; her plan gets its own (only its keys).
  return data({ ...plan, messages: planCatalogueFor(plan.lang) }, { headers: { "cache-control": "no-store" } });
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

function LanguageLinks({
  id,
  label,
  languages,
  current,
}: {
  id: string;
  label: string;
  languages: PlanLocale[];
  current: PlanLocale;
}) {
  return (
    <div className="print-language-group">
      <span id={id}>{label}</span>
      <ul aria-labelledby={id}>
        {languages.map((lang) => (
          <li key={lang}>
            <Link
              to={`?lang=${lang}`}
              lang={lang}
              dir={textDirection(lang)}
              hrefLang={lang}
              aria-current={lang === current ? "true" : undefined}
            >
              {planLanguageName(lang)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Her printed plan: the tools (back, language, print, PDF) in the staff member's language, the
 * plan in hers; her languages are offered first. Arabic is laid out right to left.
 */
export default function PrintPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const plan = loaderData;
  const { hers, others, unavailable } = plan.languages;
  const list = new Intl.ListFormat(i18n.language, { type: "conjunction" });
  return (
    <div className="print-page">
      <title>{`${t("planPrint.pageTitle")} · ${t("app.name")}`}</title>
      <div className="print-tools">
        <p>
          <Link to={`/clients/${plan.clientId}/plan`}>{t("planPrint.back")}</Link>
        </p>
        <nav aria-label={t("planPrint.languages")} className="print-languages">
          {hers.length ? (
            <LanguageLinks
              id="print-languages-hers"
              label={t("planPrint.herLanguages")}
              languages={hers}
              current={plan.lang}
            />
          ) : null}
          <LanguageLinks
            id="print-languages-others"
            label={hers.length ? t("planPrint.otherLanguages") : t("planPrint.languages")}
            languages={others}
            current={plan.lang}
          />
          {unavailable.length ? (
            <p className="muted">
              {t("planPrint.notAvailable", {
                languages: list.format(unavailable.map((tag) => languageName(tag, i18n.language))),
              })}
            </p>
          ) : null}
        </nav>
        <PrintButton />
        <p>
          {/* A plain link: the PDF is a file download, not a page of the app. */}
          <a href={`/clients/${plan.clientId}/plan/print.pdf?lang=${plan.lang}`} download>
            {t("planPrint.downloadPdf")}
          </a>
        </p>
      </div>
      <TranslationProvider translator={getTranslator(plan.lang, plan.messages)}>
        <PrintablePlan plan={plan} />
      </TranslationProvider>
    </div>
  );
}
