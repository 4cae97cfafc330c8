// The clients router lives in routers/clients/ (one file per use case); this keeps the import path.

export { ListClientsInputSchema } from "./clients/list-clients.ts";
export { clientsRouter } from "./clients/router.ts";
