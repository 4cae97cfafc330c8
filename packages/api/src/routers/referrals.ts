import type { TRPCRouterRecord } from "@trpc/server";

export const referralsRouter = {} satisfies TRPCRouterRecord;
