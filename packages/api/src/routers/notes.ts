import type { TRPCRouterRecord } from "@trpc/server";

export const notesRouter = {} satisfies TRPCRouterRecord;
