import { type Context, createCaller, createContext, type SessionUser, sessionTouchIntervalMs } from "@gesim/api";
import { isLocale, type Locale, negotiateLocale } from "@gesim/core";
import { createContext as createRouterContext, type RouterContextProvider, redirect } from "react-router";
import { dbContext } from "./db-context.server.ts";
import { getLocaleCookie, getSessionToken } from "./session-cookie.server.ts";

/** The request's API context (its session resolved once), and a caller over it. */
type Api = { ctx: Context; caller: ReturnType<typeof createCaller>; session: SessionUser | null };

const apiContext = createRouterContext<Api>();

/**
 * Root middleware: resolves the request's session once and keeps a tRPC caller for it, the
 * one data path of every loader and action (in-process, same authorisation as any client).
 */
export async function provideApi(request: Request, context: Readonly<RouterContextProvider>) {
  const {
    db,
    kind,
    cipher,
    limits,
    auditSealer,
    sessionIdleMs,
    funderReleaseMaxAgeMs,
    dashboardCache,
    documentMaxBytes,
  } = context.get(dbContext);
  const ctx = await createContext({
    db,
    dbKind: kind,
    cipher,
    limits,
    auditSealer,
    sessionIdleMs,
    funderReleaseMaxAgeMs,
    dashboardCache,
    documentMaxBytes,
    sessionToken: getSessionToken(request),
  });
  context.set(apiContext, { ctx, caller: createCaller(ctx), session: ctx.session });
}

export function getApi(context: Readonly<RouterContextProvider>): Api {
  return context.get(apiContext);
}

/**
 * When the idle warning shows and when the page gives up, in ms after the last request. The
 * server may have last moved the session on up to one touch interval before that request, so
 * "Stay signed in" is offered while the session is certainly alive; the page leaves for the
 * login page only once the session has certainly ended (the login page then says why).
 */
export function getIdleTiming(context: Readonly<RouterContextProvider>) {
  const { sessionIdleMs } = context.get(dbContext);
  const aliveForMs = sessionIdleMs - sessionTouchIntervalMs(sessionIdleMs);
  const warnBeforeMs = Math.min(120_000, Math.floor(sessionIdleMs / 5));
  return { warnAfterMs: aliveForMs - warnBeforeMs, aliveForMs, signOutAfterMs: sessionIdleMs + 2_000 };
}

/** The signed-in user's API, or a redirect to the login page. */
export function requireApi(context: Readonly<RouterContextProvider>) {
  const { caller, session } = getApi(context);
  if (!session) throw redirect("/login");
  if (!session.isVerified) throw redirect("/login/second-factor");
  // A one-time password from an administrator: she chooses her own on /account first (issue 17).
  if (session.mustChangePassword) throw redirect("/account");
  return { caller, session };
}

export function getLocale(request: Request): Locale {
  const chosen = getLocaleCookie(request);
  return isLocale(chosen) ? chosen : negotiateLocale(request.headers.get("accept-language"));
}
