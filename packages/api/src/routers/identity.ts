import type { TRPCRouterRecord } from "@trpc/server";

export const identityRouter = {} satisfies TRPCRouterRecord;
