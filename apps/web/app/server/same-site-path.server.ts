/**
 * A "go back to" path from a form, kept only when it stays on this site: resolved against the
 * request's own address, it must have the same origin. Plain prefix checks are not enough:
 * browsers read `/\evil.example` as `//evil.example`. Returns path, query and hash, or `fallback`.
 */
export function sameSitePath(value: unknown, requestUrl: string, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.includes("\\")) return fallback;
  try {
    const origin = new URL(requestUrl).origin;
    const target = new URL(value, origin);
    return target.origin === origin ? `${target.pathname}${target.search}${target.hash}` : fallback;
  } catch {
    return fallback;
  }
}
