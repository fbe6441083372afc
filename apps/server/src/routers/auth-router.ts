import {
  changeOwnPassword,
  confirmTotp,
  deleteSession,
  disableTotp,
  signIn,
  startTotpEnrolment,
  totpStatus,
} from "@cw/db";
import {
  ALL_ROLES,
  changePasswordInputSchema,
  currentUserSchema,
  loginInputSchema,
  totpCodeInputSchema,
  totpEnrolmentSchema,
  totpStatusSchema,
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

  /** Two-step sign-in (TOTP) for admins and coordinators: status, enrolment, confirm, off. */
  totpStatus: allow(...ALL_ROLES)
    .input(z.void())
    .output(totpStatusSchema)
    .query(({ ctx }) => totpStatus(ctx.svc)),

  totpStart: allow("admin", "coordinator")
    .input(z.void())
    .output(totpEnrolmentSchema)
    .mutation(({ ctx }) => startTotpEnrolment(ctx.svc)),

  totpConfirm: allow("admin", "coordinator")
    .input(totpCodeInputSchema)
    .output(totpStatusSchema)
    .mutation(({ ctx, input }) => confirmTotp(ctx.svc, input)),

  totpDisable: allow("admin", "coordinator")
    .input(totpCodeInputSchema)
    .output(totpStatusSchema)
    .mutation(({ ctx, input }) => disableTotp(ctx.svc, input)),
});
