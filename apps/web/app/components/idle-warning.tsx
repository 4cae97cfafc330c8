import { useEffect, useRef, useState } from "react";
import { useFetcher, useFetchers, useLocation, useNavigation } from "react-router";
import { useTranslation } from "../i18n/use-translation.tsx";

export type IdleTiming = { warnAfterMs: number; aliveForMs: number; signOutAfterMs: number };

/** The last request of any tab of this browser (they share the session cookie). */
const SHARED_KEY = "gesim.lastRequestAt";

function readShared(): number {
  try {
    return Number(window.localStorage.getItem(SHARED_KEY)) || 0;
  } catch {
    return 0;
  }
}

function writeShared(at: number) {
  try {
    window.localStorage.setItem(SHARED_KEY, String(at));
  } catch {
    // storage unavailable (private mode): this tab counts on its own
  }
}

/**
 * Warns shortly before an idle session ends, offers "Stay signed in", and at the end loads the
 * login page (which says why). Without JavaScript a CSS animation reveals the same form after the
 * delay in /session/idle.css, and a <noscript> refresh in the root leaves for the login page.
 */
export function IdleWarning({ timing }: { timing: IdleTiming }) {
  const { t } = useTranslation();
  const location = useLocation();
  const keepAlive = useFetcher();
  // Both hooks on every render (React's rule of hooks): `a || b()` skipped useFetchers while
  // navigating, and React failed the page with error 311 on every client-side navigation.
  const navigation = useNavigation();
  const fetchers = useFetchers();
  const busy = navigation.state !== "idle" || fetchers.some((fetcher) => fetcher.state !== "idle");
  const [hydrated, setHydrated] = useState(false);
  const [lastRequestAt, setLastRequestAt] = useState(0);
  const [isShown, setShown] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => setHydrated(true), []);

  // Every finished navigation or fetcher went to the server and so moved the session on.
  useEffect(() => {
    if (busy) return;
    const now = Date.now();
    writeShared(now);
    setLastRequestAt(now);
  }, [busy]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SHARED_KEY) setLastRequestAt((mine) => Math.max(mine, Number(event.newValue) || 0));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  useEffect(() => {
    if (!lastRequestAt) return;
    setShown(false);
    const unlessNewer = (then: () => void) => () => {
      const shared = readShared();
      if (shared > lastRequestAt) setLastRequestAt(shared);
      else then();
    };
    const warn = window.setTimeout(
      unlessNewer(() => setShown(true)),
      timing.warnAfterMs,
    );
    const leave = window.setTimeout(
      unlessNewer(() => window.location.assign("/login")),
      timing.signOutAfterMs,
    );
    return () => {
      window.clearTimeout(warn);
      window.clearTimeout(leave);
    };
  }, [lastRequestAt, timing]);

  useEffect(() => {
    if (isShown) button.current?.focus();
  }, [isShown]);

  if (hydrated && !isShown) return null;
  return (
    <div
      className="idle-warning"
      data-mode={hydrated ? "js" : "css"}
      role="alertdialog"
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-text"
    >
      <h2 id="idle-warning-title">{t("idle.title")}</h2>
      <p id="idle-warning-text">{t("idle.text")}</p>
      <keepAlive.Form method="post" action="/session/keep-alive">
        {hydrated ? null : <input type="hidden" name="returnTo" value={location.pathname + location.search} />}
        <button type="submit" ref={button}>
          {t("idle.stay")}
        </button>
      </keepAlive.Form>
    </div>
  );
}
