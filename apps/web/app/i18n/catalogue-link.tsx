import { useTranslation } from "./use-translation.tsx";

const LINK_ID = "message-catalogue";

/**
 * In the page's head: starts fetching the page language's messages while the scripts load, and
 * tells entry.client.tsx where they are. Pages work without it (no JavaScript, no messages).
 */
export function CatalogueLink() {
  const { catalogueUrl } = useTranslation();
  return catalogueUrl ? (
    <link id={LINK_ID} rel="preload" as="fetch" crossOrigin="anonymous" href={catalogueUrl} />
  ) : null;
}

/** The URL CatalogueLink put in the page (read in the browser before hydrating). */
export function catalogueUrlInPage(document: Document): string | null {
  return document.getElementById(LINK_ID)?.getAttribute("href") ?? null;
}
