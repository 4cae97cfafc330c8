import type { TRPCRouterRecord } from "@trpc/server";

export const assessmentsRouter = {} satisfies TRPCRouterRecord;
