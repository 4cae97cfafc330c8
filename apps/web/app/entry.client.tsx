import { isLocale } from "@gesim/core/browser";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { ERROR_REFERENCE_ID, RequestIdProvider } from "./components/request-id.tsx";
import { catalogueUrlInPage } from "./i18n/catalogue-link.tsx";
import { type Catalogue, createTranslator } from "./i18n/translator.ts";
import { TranslationProvider } from "./i18n/use-translation.tsx";

/**
 * Fetches the page language's messages (cached by the browser; the page's head already asked
 * for them), then hydrates. If they cannot be had, the page stays as the server sent it:
 * every page works without JavaScript.
 */
async function hydrate() {
  const language = document.documentElement.lang;
  const url = catalogueUrlInPage(document);
  if (!url || !isLocale(language)) return;
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) return;
  const translator = createTranslator(language, (await response.json()) as Catalogue);
  // An error page names its request (root.tsx); hydration must show the same.
  const requestId = document.getElementById(ERROR_REFERENCE_ID)?.dataset.requestId ?? null;
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <TranslationProvider translator={translator} catalogueUrl={url}>
          <RequestIdProvider value={requestId}>
            <HydratedRouter />
          </RequestIdProvider>
        </TranslationProvider>
      </StrictMode>,
    );
  });
}

void hydrate();
