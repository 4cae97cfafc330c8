import { isMessageKey, translate, type Role } from "@gesim/core";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context.ts";

export type FieldErrors = Record<string, string[]>;

function fieldErrorsOf(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    (fields[path] ??= []).push(issue.message);
  }
  return fields;
}

const t = initTRPC.context<Context>().create({
  /**
   * Errors carry a stable `messageKey` (translated by the UI) and, for invalid input, the
   * field messages. Stack traces never leave the server, whatever the environment.
   */
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const messageKey = zodError ? "error.invalidInput" : isMessageKey(error.message) ? error.message : null;
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      message: messageKey ? translate("en", messageKey) : error.code === "INTERNAL_SERVER_ERROR" ? "Internal server error" : shape.message,
      data: { ...data, messageKey, fieldErrors: zodError ? fieldErrorsOf(zodError) : null },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

/** Signed in, with a live session. */
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "error.unauthorised" });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Signed in with one of the given roles in the session's organisation. */
export function roleProcedure(...roles: readonly Role[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.session.role)) throw new TRPCError({ code: "FORBIDDEN", message: "error.forbidden" });
    return next();
  });
}
