import { deleteSession, signIn } from "@cw/db";
import { ALL_ROLES, currentUserSchema, loginInputSchema } from "@cw/domain";
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

  me: allow(...ALL_ROLES)
    .input(z.void())
    .output(currentUserSchema)
    .query(({ ctx }) => ctx.actor),
});
