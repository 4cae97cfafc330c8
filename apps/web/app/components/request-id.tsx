import { createContext, useContext } from "react";

/**
 * The id of the request a page was rendered for (server/request-id.server.ts). The error page
 * shows it, so a person can quote it and the administrator can find the logged cause; on the
 * client it is read back from the server-rendered error page (entry.client.tsx).
 */
const RequestIdContext = createContext<string | null>(null);

export const RequestIdProvider = RequestIdContext.Provider;

export function useRequestId(): string | null {
  return useContext(RequestIdContext);
}

/** The element the error page shows the id in; entry.client.tsx reads it before hydrating. */
export const ERROR_REFERENCE_ID = "error-reference";
