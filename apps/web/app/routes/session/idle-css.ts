import { getIdleTiming } from "../../server/api.server.ts";
import type { Route } from "./+types/idle-css";

/**
 * The idle warning's delay as a style sheet, so that it also appears without JavaScript (a CSS
 * animation reveals it; CSP allows no inline style). The delay depends only on the deployment.
 */
export function loader({ context }: Route.LoaderArgs) {
  const { warnAfterMs } = getIdleTiming(context);
  return new Response(`:root { --idle-warning-delay: ${Math.round(warnAfterMs / 1000)}s; }\n`, {
    headers: { "content-type": "text/css; charset=utf-8" },
  });
}
