import { data, redirect } from "react-router";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/admin-index";
import { adminSectionsFor } from "./sections.ts";

/** `/admin` opens the first section this role sees (the layout has refused anyone with none). */
export async function loader({ context }: Route.LoaderArgs) {
  const { session } = requireApi(context);
  const [first] = adminSectionsFor(session.role);
  if (!first) throw data(null, { status: 403 });
  throw redirect(`/admin/${first.path}`);
}
