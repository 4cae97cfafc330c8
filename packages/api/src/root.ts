import { authRouter } from "./routers/auth.ts";
import { clientsRouter } from "./routers/clients.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  clients: clientsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
