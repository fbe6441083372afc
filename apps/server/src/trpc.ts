import type { AnonymousServiceContext, ServiceContext, SignedInUser } from "@cw/db";
import { DomainError, formatMessage, type MessageKey, type Role } from "@cw/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { type AppContext, requestServices } from "./context.ts";
import { logUnexpected } from "./errors/log-unexpected.ts";
import { toTRPCError } from "./errors/to-trpc-error.ts";

/** Every procedure declares who may call it: roles, or explicitly public. */
export interface ProcedureMeta {
  roles?: readonly Role[];
  public?: true;
  /** Callable while the user must still change an admin-set password (auth.me, changePassword). */
  whileMustChangePassword?: true;
}

const t = initTRPC
  .context<AppContext>()
  .meta<ProcedureMeta>()
  .create({
    // Dates cross the wire as dates, not strings.
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const locale = ctx?.locale ?? "zh-CN";
      const { stack: _stack, ...data } = shape.data;
      const cause = error.cause;
      if (cause instanceof DomainError) {
        const fields = Object.fromEntries(
          Object.entries(cause.fields).map(([f, key]) => [
            f,
            formatMessage(key as MessageKey, locale, cause.params),
          ]),
        );
        const message = formatMessage(cause.key, locale, cause.params);
        return { ...shape, message, data: { ...data, messageKey: cause.key, fields } };
      }
      // Only the input check is the caller's fault; a failed output check is ours (below).
      if (cause instanceof ZodError && error.code === "BAD_REQUEST") {
        const fields: Record<string, string> = {};
        for (const issue of cause.issues) {
          const path = issue.path.join(".") || "_";
          const key = (issue.message.includes(".") ? issue.message : "field.invalid") as MessageKey;
          fields[path] ??= formatMessage(key, locale);
        }
        return {
          ...shape,
          message: formatMessage("error.invalid_input", locale),
          data: { ...data, messageKey: "error.invalid_input", fields },
        };
      }
      if (error.code === "INTERNAL_SERVER_ERROR") {
        return {
          ...shape,
          message: formatMessage("error.internal", locale),
          data: { ...data, messageKey: "error.internal", fields: {} },
        };
      }
      return { ...shape, data: { ...data, messageKey: null, fields: {} } };
    },
  });

const mapErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause ?? result.error);
    if (mapped) throw mapped;
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      const cause = result.error.cause;
      // An output check failing is a bug or bad stored data: say where, never "invalid input".
      if (cause instanceof ZodError) {
        const issue = cause.issues[0];
        console.error(`[${path}] output check failed at ${issue?.path.join(".")}: ${issue?.code}`);
      } else logUnexpected(path, cause ?? result.error);
    }
  }
  return result;
});

const requireRole = t.middleware(({ ctx, meta, next }) => {
  if (meta?.public) return next();
  if (!ctx.actor) throw new DomainError("unauthorized", "error.unauthorized");
  // Deny by default: a procedure without roles admits nobody.
  if (!meta?.roles?.includes(ctx.actor.role))
    throw new DomainError("forbidden", "error.forbidden_role");
  // An admin created or reset this password: nothing else until the user chose their own.
  if (ctx.actor.mustChangePassword && !meta.whileMustChangePassword)
    throw new DomainError("forbidden", "auth.must_change_password");
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

const base = t.procedure.use(mapErrors).use(requireRole);

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Callable without signing in (sign-in itself). `ctx.svc` is the service context, with the
 * actor if a session cookie came along.
 */
export const publicProcedure = base.meta({ public: true }).use(({ ctx, next }) => {
  const svc: AnonymousServiceContext = requestServices(ctx, ctx.actor);
  return next({ ctx: { ...ctx, svc } });
});

/**
 * Callable by signed-in users with one of these roles; `ctx.actor` is set, and `ctx.svc` is
 * the service context every procedure passes on (`listTasks(ctx.svc, input)`), built once here.
 */
export function allow(...roles: readonly Role[]) {
  return base.meta({ roles }).use(({ ctx, next }) => {
    if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED" });
    const svc: ServiceContext<SignedInUser> = requestServices(ctx, ctx.actor);
    return next({ ctx: { ...ctx, actor: ctx.actor, svc } });
  });
}
