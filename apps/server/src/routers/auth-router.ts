import { changeOwnPassword, deleteSession, signIn } from "@cw/db";
import {
  ALL_ROLES,
  changePasswordInputSchema,
  currentUserSchema,
  loginInputSchema,
} from "@cw/domain";
import { z } from "zod";
import { clearedSessionCookie, sessionCookie } from "../auth/cookies.ts";
import { allow, publicProcedure, router } from "../trpc.ts";

export const authRouter = router({
  login: publicProcedure
    .input(loginInputSchema)
    .output(currentUserSchema)
    .mutation(async ({ ctx, input }) => {
      const { user, session } = await signIn(ctx.svc, { ...input, address: ctx.address });
      ctx.setCookie(sessionCookie(session.token, session.expiresAt));
      return user;
    }),

  logout: publicProcedure
    .input(z.void())
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      if (ctx.sessionToken) await deleteSession(ctx.svc, ctx.sessionToken);
      ctx.setCookie(clearedSessionCookie());
      return { ok: true as const };
    }),

  /** One's own password; the only thing allowed while an admin-set password must change. */
  changePassword: allow(...ALL_ROLES)
    .meta({ whileMustChangePassword: true })
    .input(changePasswordInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => changeOwnPassword(ctx.svc, input, ctx.sessionToken)),

  me: allow(...ALL_ROLES)
    .meta({ whileMustChangePassword: true })
    .input(z.void())
    .output(currentUserSchema)
    .query(({ ctx }) => ctx.actor),
});
