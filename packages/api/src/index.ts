export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createContext, type Context, type CreateContextOptions } from "./context.ts";
export { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, type SessionUser } from "./auth/sessions.ts";
export { hashPassword } from "./auth/password.ts";
export { seedDemoIfEmpty, DEMO_PASSWORD, DEMO_USERS, DEMO_ORGANISATION, SECOND_ORGANISATION } from "./demo/seed-demo.ts";
export type { FieldErrors } from "./trpc.ts";
