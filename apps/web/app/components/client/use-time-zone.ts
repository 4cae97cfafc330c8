import { useRouteLoaderData } from "react-router";

/** Her organisation's time zone (root loader data): times are shown on its clock, UTC when nobody is signed in. */
export function useTimeZone(): string {
  const root = useRouteLoaderData("root") as { user: { timeZone?: string } | null } | undefined;
  return root?.user?.timeZone ?? "UTC";
}
