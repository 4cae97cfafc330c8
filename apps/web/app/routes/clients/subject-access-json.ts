import { getLocale, requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/subject-access-json";
import { loadSubjectAccess, subjectAccessFile } from "./subject-access.server.ts";

/** `/clients/:clientId/subject-access.json`: the same export as a file (audited the same way). */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  const requested = new URL(request.url).searchParams.get("lang");
  const { content } = await loadSubjectAccess(caller, session, params.clientId, requested, getLocale(request), true);
  return subjectAccessFile(content);
}
