import { createContext } from "react-router";

/** This request's id (X-Request-Id, set by the request logger): in the error log and on the error page. */
export const requestIdContext = createContext<string>("");
