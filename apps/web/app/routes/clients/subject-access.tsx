import { data, Link } from "react-router";
import { SubjectAccessDocument } from "../../components/client/subject-access-document.tsx";
import { catalogueFor } from "../../i18n/catalogue.server.ts";
import { LANGUAGE_NAMES } from "../../i18n/language-names.ts";
import { getTranslator } from "../../i18n/translator.ts";
import { TranslationProvider, useTranslation } from "../../i18n/use-translation.tsx";
import { getLocale, requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/subject-access";
import { loadSubjectAccess } from "./subject-access.server.ts";

const NO_STORE = { "cache-control": "no-store, private", pragma: "no-cache" };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  const requested = new URL(request.url).searchParams.get("lang");
  const uiLocale = getLocale(request);
  const loaded = await loadSubjectAccess(caller, session, params.clientId, requested, uiLocale);
  // The page has the interface language's messages; her document in another language needs its own.
  const messages = loaded.content.locale === uiLocale ? null : catalogueFor(loaded.content.locale);
  return data({ ...loaded, messages }, { headers: NO_STORE });
}

export function headers() {
  return NO_STORE;
}

/** Printable page (outside the client layout: no navigation on paper); the browser's Print makes the PDF. */
export default function SubjectAccessPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { clientId, content, messages } = loaderData;
  return (
    <div className="print-page">
      <title>{`${t("sar.title")} · ${t("app.name")}`}</title>
      <div className="print-tools">
        <p>
          <Link to={`/clients/${clientId}`}>{t("sar.back")}</Link>
        </p>
        <nav aria-label={t("sar.languages")} className="print-languages">
          {(Object.keys(LANGUAGE_NAMES) as (keyof typeof LANGUAGE_NAMES)[]).map((lang) => (
            <Link
              key={lang}
              to={`?lang=${lang}`}
              lang={lang}
              aria-current={lang === content.locale ? "true" : undefined}
            >
              {LANGUAGE_NAMES[lang]}
            </Link>
          ))}
        </nav>
        <p>
          <a href={`/clients/${clientId}/subject-access.json?lang=${content.locale}`} download>
            {t("sar.download")}
          </a>
        </p>
      </div>
      <TranslationProvider translator={messages ? getTranslator(content.locale, messages) : i18n}>
        <div lang={content.locale}>
          <SubjectAccessDocument clientId={clientId} content={content} names={loaderData.names} />
        </div>
      </TranslationProvider>
    </div>
  );
}
