import { useRouteLoaderData } from "react-router";
import type { loader } from "./client-layout.tsx";

/** The route id of the client layout (the default: its file path without extension). */
export const CLIENT_LAYOUT_ID = "routes/clients/client-layout";

/** The client layout's data (her record, who is looking, today) for any page nested in it. */
export function useClientRecord() {
  const record = useRouteLoaderData<typeof loader>(CLIENT_LAYOUT_ID);
  if (!record) throw new Error("useClientRecord outside the client layout");
  return record;
}
