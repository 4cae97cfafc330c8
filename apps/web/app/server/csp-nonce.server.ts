import { createContext } from "react-router";

/** This response's Content-Security-Policy nonce (server/security-headers.ts), for entry.server. */
export const cspNonceContext = createContext<string>();
