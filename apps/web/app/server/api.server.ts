import { createCaller, createContext, type SessionUser } from "@gesim/api";
import { isLocale, negotiateLocale, type Locale } from "@gesim/core";
import { createContext as createRouterContext, redirect, type RouterContextProvider } from "react-router";
import { dbContext } from "./db-context.server.ts";
import { getLocaleCookie, getSessionToken } from "./session-cookie.server.ts";

type Api = { caller: ReturnType<typeof createCaller>; session: SessionUser | null };

const apiContext = createRouterContext<Api>();

/**
 * Root middleware: resolves the request's session once and keeps a tRPC caller for it, the
 * one data path of every loader and action (in-process, same authorisation as any client).
 */
export async function provideApi(request: Request, context: Readonly<RouterContextProvider>) {
  const { db, kind, cipher, limits } = context.get(dbContext);
  const ctx = await createContext({ db, dbKind: kind, cipher, limits, sessionToken: getSessionToken(request) });
  context.set(apiContext, { caller: createCaller(ctx), session: ctx.session });
}

export function getApi(context: Readonly<RouterContextProvider>): Api {
  return context.get(apiContext);
}

/** The signed-in user's API, or a redirect to the login page. */
export function requireApi(context: Readonly<RouterContextProvider>) {
  const { caller, session } = getApi(context);
  if (!session) throw redirect("/login");
  if (!session.isVerified) throw redirect("/login/second-factor");
  return { caller, session };
}

export function getLocale(request: Request): Locale {
  const chosen = getLocaleCookie(request);
  return isLocale(chosen) ? chosen : negotiateLocale(request.headers.get("accept-language"));
}
