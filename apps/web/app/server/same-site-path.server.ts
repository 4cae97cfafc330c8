/**
 * A "go back to" path from a form, kept only when it stays on this site: resolved against the
 * request's own address, it must have the same origin. Plain prefix checks are not enough:
 * browsers read `/\evil.example` as `//evil.example`, and `/.//evil.example` resolves to the path
 * `//evil.example`, which a browser reads as another host: a path that starts with two
 * slashes is refused too. Returns path, query and hash, or `fallback`. Every "go back to"
 * (language, keep-alive, sign-in) goes through here.
 */
export function sameSitePath(value: unknown, requestUrl: string, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.includes("\\")) return fallback;
  try {
    const origin = new URL(requestUrl).origin;
    const target = new URL(value, origin);
    if (target.origin !== origin || target.pathname.startsWith("//")) return fallback;
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return fallback;
  }
}
