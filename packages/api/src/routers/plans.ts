import type { TRPCRouterRecord } from "@trpc/server";

export const plansRouter = {} satisfies TRPCRouterRecord;
