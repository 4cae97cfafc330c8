import { SESSION_ABSOLUTE_MS } from "@gesim/api";

const COOKIE = "gesim_session";

function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

/** The session token from the cookie, or from `Authorization: Bearer` for API clients. */
export function getSessionToken(request: Request): string | null {
  const authorization = request.headers.get("authorization");
  if (authorization?.startsWith("Bearer ")) return authorization.slice(7).trim();
  return readCookie(request, COOKIE);
}

/** HttpOnly, SameSite=Lax, Secure over https; the token never reaches page scripts. */
export function sessionCookie(request: Request, token: string): string {
  const maxAge = Math.floor(SESSION_ABSOLUTE_MS / 1000);
  return `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${isHttps(request) ? "; Secure" : ""}`;
}

export function clearedSessionCookie(request: Request): string {
  return `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${isHttps(request) ? "; Secure" : ""}`;
}

export const LOCALE_COOKIE = "gesim_lang";

export function getLocaleCookie(request: Request): string | null {
  return readCookie(request, LOCALE_COOKIE);
}

export function localeCookie(locale: string): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=Lax; Max-Age=${60 * 60 * 24 * 365}`;
}

const FLASH_COOKIE = "gesim_flash";
const FLASH_VALUE = /^[a-z]+:[a-z-]{1,30}$/;

/**
 * A one-time notice ("plan:goal" = the plan's goal was saved) for the next page of this client,
 * instead of a `?saved=` flag that would stay in the address bar and the history. Scoped to
 * her pages and gone after a minute if never shown.
 */
export function flashCookie(request: Request, clientId: string, notice: string): string {
  if (!FLASH_VALUE.test(notice)) throw new Error("flash notices are short keys");
  return `${FLASH_COOKIE}=${notice}; Path=/clients/${clientId}/; HttpOnly; SameSite=Lax; Max-Age=60${isHttps(request) ? "; Secure" : ""}`;
}

/** The notice for `page` ("plan", "reviews") and the header that removes it, or nothing. */
export function takeFlash(
  request: Request,
  clientId: string,
  page: string,
): { notice: string | null; headers: Record<string, string> } {
  const value = readCookie(request, FLASH_COOKIE);
  if (!value || !FLASH_VALUE.test(value) || !value.startsWith(`${page}:`)) return { notice: null, headers: {} };
  const cleared = `${FLASH_COOKIE}=; Path=/clients/${clientId}/; HttpOnly; SameSite=Lax; Max-Age=0${isHttps(request) ? "; Secure" : ""}`;
  return { notice: value.slice(page.length + 1), headers: { "set-cookie": cleared } };
}
