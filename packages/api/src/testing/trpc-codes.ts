// Test helper: the tRPC error code a call ends with, or "ok".
import { TRPCError } from "@trpc/server";

export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** The message key of a refused call. */
export async function messageOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.message;
    throw error;
  }
}
