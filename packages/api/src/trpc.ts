import { containsUnsafeText, isMessageKey, type Role, translate } from "@gesim/core";
import { and, clientShares, clients, type Database, eq, withTenant } from "@gesim/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { AuditedRefusal } from "./audit/audited-refusal.ts";
import { recordAudit } from "./audit/record-audit.ts";
import { isExpensive } from "./auth/request-limits.ts";
import type { SessionUser } from "./auth/sessions.ts";
import type { Context } from "./context.ts";

export type FieldErrors = Record<string, string[]>;

/**
 * Every procedure declares who may call it; the declaration is what the middleware enforces
 * and what the authorisation-matrix test reads, so the two cannot drift.
 * - `public`: anyone (login)
 * - `session`: any signed-in user, any role (who am I, sign out)
 * - `organisation`: the roles listed, inside their organisation
 * - `client`: the roles listed, for a client they may see (`input.clientId`): a caseworker
 *   her own caseload and clients shared with her, a manager every client of her organisation
 */
export type AccessRule =
  | { scope: "public" }
  | { scope: "session" }
  | { scope: "organisation" | "client"; roles: readonly Role[] };

export type Meta = { access?: AccessRule };

function fieldErrorsOf(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    fields[path] = [...(fields[path] ?? []), issue.message];
  }
  return fields;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    /**
     * Errors carry a stable `messageKey` (translated by the UI) and, for invalid input, the
     * field messages. Stack traces never leave the server, whatever the environment.
     */
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? error.cause : null;
      const messageKey = zodError ? "error.invalidInput" : isMessageKey(error.message) ? error.message : null;
      const { stack: _stack, ...data } = shape.data;
      const message = messageKey
        ? translate("en", messageKey)
        : error.code === "INTERNAL_SERVER_ERROR"
          ? "Internal server error"
          : shape.message;
      return {
        ...shape,
        message,
        data: { ...data, messageKey, fieldErrors: zodError ? fieldErrorsOf(zodError) : null },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Anyone may call it (login). */
/**
 * Every procedure: once it is done, its audit events are committed (or rolled back with its
 * transaction), and the audit sealer chains them off the request's path (ADR 010).
 */
/**
 * Every procedure refuses text PostgreSQL cannot store (NUL, lone surrogates) anywhere in its
 * input, before its schema runs: bad input, never a database error (ADR 005).
 */
const storableInput = t.procedure.use(async ({ getRawInput, next }) => {
  if (containsUnsafeText(await getRawInput()))
    throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput" });
  return next();
});

const audited = storableInput.use(async ({ ctx, next }) => {
  try {
    return await next();
  } finally {
    ctx.auditSealer?.request();
  }
});

export const publicProcedure = audited.meta({ access: { scope: "public" } });

/** Carries a failed result out of the tenant transaction so the transaction rolls back. */
class RolledBack extends Error {
  constructor(readonly result: unknown) {
    super("rolled back");
  }
}

const DENIALS = new Set(["FORBIDDEN", "NOT_FOUND"]);

/**
 * What a person signed in with a one-time password may still do before choosing her own
 * (issue 17): see who she is, sign out, complete two-step sign-in, and change the password.
 */
const ALLOWED_BEFORE_OWN_PASSWORD = new Set([
  "auth.me",
  "auth.logout",
  "account.get",
  "account.changePassword",
  "account.useRecoveryCode",
]);

/**
 * Signed in; the procedure runs inside one transaction confined to the session's
 * organisation (row-level security), which rolls back on any error. Denials are audited
 * after the rollback so they are never lost with it.
 */
function signedIn({ allowPendingSecondFactor }: { allowPendingSecondFactor: boolean }) {
  return audited.use(async ({ ctx, next, path }) => {
    const session = ctx.session;
    if (!session) throw new TRPCError({ code: "UNAUTHORIZED", message: "error.unauthorised" });
    if (!session.isVerified && !allowPendingSecondFactor)
      throw new TRPCError({ code: "UNAUTHORIZED", message: "auth.secondFactorRequired" });
    if (session.mustChangePassword && !ALLOWED_BEFORE_OWN_PASSWORD.has(path) && !path.startsWith("auth.totp."))
      throw new TRPCError({ code: "FORBIDDEN", message: "account.mustChangePassword" });
    if (isExpensive(path) && ctx.limits && !ctx.limits.hit("expensive", session.userId, ctx.now)) {
      throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "error.tooManyRequests" });
    }
    const call = (db: Database) => next({ ctx: { db, session } });
    let result: Awaited<ReturnType<typeof call>>;
    try {
      result = await withTenant(ctx.db, session.organisationId, async (tx) => {
        const inner = await call(tx);
        if (!inner.ok) throw new RolledBack(inner);
        return inner;
      });
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
      result = error.result as typeof result;
    }
    const refusal = !result.ok && result.error instanceof AuditedRefusal ? result.error : null;
    if (!result.ok && (refusal || DENIALS.has(result.error.code))) {
      const outcome = result.error.code === "NOT_FOUND" ? "not-found" : "denied";
      const entity = refusal ? { entityType: refusal.entityType, entityId: refusal.entityId } : {};
      await recordAudit(
        ctx.db,
        { organisationId: session.organisationId, actorUserId: session.userId, action: path, outcome, ...entity },
        ctx.now,
      );
    }
    return result;
  });
}

const verified = signedIn({ allowPendingSecondFactor: false });

/** Any signed-in user, whatever her role. */
export const sessionProcedure = verified.meta({ access: { scope: "session" } });

/**
 * Any signed-in user, also between password and second factor: only for the procedures that
 * complete sign-in (give the TOTP code, set up TOTP when the organisation requires it).
 */
export const secondFactorProcedure = signedIn({ allowPendingSecondFactor: true }).meta({
  access: { scope: "session" },
});

function requireRole(roles: readonly Role[]) {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.session || !roles.includes(ctx.session.role))
      throw new TRPCError({ code: "FORBIDDEN", message: "error.forbidden" });
    return next();
  });
}

/** The listed roles, inside their organisation. */
export function organisationProcedure(...roles: readonly Role[]) {
  return verified.meta({ access: { scope: "organisation", roles } }).use(requireRole(roles));
}

const ClientRefSchema = z.object({ clientId: z.uuid() });

/**
 * May this user see this client? Another organisation's client does not exist for her
 * (NOT_FOUND, never revealing it exists); a caseworker may see her own caseload and clients
 * shared with her; a manager every client of her organisation.
 */
export async function assertClientAccess(
  ctx: { db: Database; session: SessionUser },
  clientId: string,
): Promise<{ erasedAt: Date | null }> {
  const { organisationId, userId, role } = ctx.session;
  const [client] = await ctx.db
    .select({ caseworkerId: clients.caseworkerId, sharedWith: clientShares.userId, erasedAt: clients.erasedAt })
    .from(clients)
    .leftJoin(clientShares, and(eq(clientShares.clientId, clients.id), eq(clientShares.userId, userId)))
    .where(and(eq(clients.id, clientId), eq(clients.organisationId, organisationId)));
  const entity = { entityType: "client", entityId: clientId } as const;
  if (!client) throw new AuditedRefusal("NOT_FOUND", "error.notFound", entity);
  if (role === "manager") return { erasedAt: client.erasedAt };
  if (role === "caseworker" && (client.caseworkerId === userId || client.sharedWith === userId))
    return { erasedAt: client.erasedAt };
  throw new AuditedRefusal("FORBIDDEN", "error.forbidden", entity);
}

/**
 * The listed roles, for one client they may see: the input must carry `clientId`. An erased
 * record (issue 7) can still be read (what is left of it) but never written to again.
 */
export function clientProcedure(...roles: readonly Role[]) {
  return verified
    .meta({ access: { scope: "client", roles } })
    .use(requireRole(roles))
    .use(async ({ ctx, next, getRawInput, type }) => {
      const parsed = ClientRefSchema.safeParse(await getRawInput());
      if (!parsed.success)
        throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput", cause: parsed.error });
      const { erasedAt } = await assertClientAccess(ctx, parsed.data.clientId);
      if (erasedAt && type === "mutation")
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "erasure.error.erased" });
      return next();
    });
}
