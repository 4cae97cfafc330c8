import type { TRPCRouterRecord } from "@trpc/server";

export const consentsRouter = {} satisfies TRPCRouterRecord;
