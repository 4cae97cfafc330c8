export { organisations } from "./organisations.ts";
export { roleEnum, users, memberships, sessions } from "./auth.ts";
export { clientStatusEnum, clients } from "./clients.ts";
export { auditEvents } from "./audit.ts";
