import {
  data,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { AppHeader } from "./components/app-header.tsx";
import { IdleWarning } from "./components/idle-warning.tsx";
import { ERROR_REFERENCE_ID, useRequestId } from "./components/request-id.tsx";
import { CatalogueLink } from "./i18n/catalogue-link.tsx";
import { useTranslation } from "./i18n/use-translation.tsx";
import { getApi, getIdleTiming, getLocale, provideApi } from "./server/api.server.ts";
import "./styles.css";

export const middleware: Route.MiddlewareFunction[] = [
  async ({ request, context }, next) => {
    await provideApi(request, context);
    return next();
  },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { session } = getApi(context);
  const user = session?.isVerified
    ? {
        displayName: session.displayName,
        role: session.role,
        organisationName: session.organisationName,
        timeZone: session.timeZone,
      }
    : null;
  const locale = getLocale(request);
  // The messages are not loader data: the browser fetches them once per release (entry.client.tsx).
  return data({ locale, user, idle: user ? getIdleTiming(context) : null });
}

/** Forms that change what the root loader says: who is signed in. */
const ROOT_FORMS = ["/login", "/logout"];

/**
 * The root's data (language, the signed-in user) changes only through signing in or out, and
 * choosing a language (which reloads the page: app-header.tsx), so other forms and navigations
 * do not ask for it again.
 */
export function shouldRevalidate({ formAction, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (nextUrl.pathname.startsWith("/login")) return true;
  if (formAction)
    return (
      ROOT_FORMS.some((path) => formAction === path || formAction.startsWith(`${path}/`)) && defaultShouldRevalidate
    );
  return false;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  // The page's translator comes from entry.server.tsx and entry.client.tsx, root data or not.
  const { i18n } = useTranslation();
  return (
    <html lang={i18n.language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {root?.idle ? (
          <>
            <link rel="stylesheet" href="/session/idle.css" />
            <noscript>
              <meta httpEquiv="refresh" content={`${Math.ceil(root.idle.signOutAfterMs / 1000)};url=/login`} />
            </noscript>
          </>
        ) : null}
        <CatalogueLink />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppHeader user={loaderData.user} locale={loaderData.locale} />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      {loaderData.idle ? <IdleWarning timing={loaderData.idle} /> : null}
    </>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const tooMany = isRouteErrorResponse(error) && error.status === 429;
  // An unexpected error (not a refusal like 403 or 404): the reference finds its logged cause.
  const unexpected = !isRouteErrorResponse(error) || error.status >= 500;
  const requestId = useRequestId();
  // A refusal says why, in a caseworker's words (issue 16), never only "Something went wrong".
  const refused = isRouteErrorResponse(error) && error.status === 403;
  const title = notFound ? "error.notFoundTitle" : refused ? "journey.refused.title" : "error.title";
  return (
    <main id="main" className="narrow">
      <title>{`${t(title)} · ${t("app.name")}`}</title>
      <h1>{t(title)}</h1>
      {tooMany ? <p role="alert">{t("error.tooManyRequests")}</p> : null}
      {unexpected && requestId ? (
        <p id={ERROR_REFERENCE_ID} data-request-id={requestId}>
          {t("error.reference", { id: requestId })}
        </p>
      ) : null}
      {refused ? <p>{t("journey.refused.why")}</p> : null}
      {notFound ? <p>{t("journey.notFound.why")}</p> : null}
      <p>
        <a href="/">{t("error.back")}</a>
      </p>
    </main>
  );
}
