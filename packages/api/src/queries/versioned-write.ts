import { TRPCError } from "@trpc/server";

/**
 * After a versioned `update … where id and organisation and version` changed no row: the
 * record is someone else's or gone (NOT_FOUND, never saying it exists elsewhere), or it was
 * changed since it was read (CONFLICT: nothing is silently overwritten).
 */
export async function refuseStaleOrMissing(exists: () => Promise<boolean>): Promise<never> {
  if (await exists()) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
  throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
}
