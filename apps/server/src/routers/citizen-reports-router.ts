import {
  answerReport,
  issueChallenge,
  readReportFormOptions,
  readReportStatus,
  submitCitizenReport,
} from "@cw/db";
import {
  answerReportInputSchema,
  powChallengeSchema,
  publicReportStatusSchema,
  reportFormOptionsSchema,
  reportStatusInputSchema,
  submitCitizenReportInputSchema,
  submittedReportSchema,
} from "@cw/domain";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.ts";

/**
 * 随手拍 without an account (decision 0026): the /report page's procedures. Public, and they
 * read nothing but the categories, site names and the caller's own report by its code; the
 * photos travel as raw bytes (http/citizen-routes.ts).
 */
export const citizenReportsRouter = router({
  formOptions: publicProcedure
    .input(z.void())
    .output(reportFormOptionsSchema)
    .query(({ ctx }) => readReportFormOptions(ctx.svc)),

  /** A fresh ALTCHA challenge the page solves before it sends. */
  challenge: publicProcedure
    .input(z.void())
    .output(powChallengeSchema)
    .mutation(({ ctx }) => issueChallenge(ctx.svc)),

  submit: publicProcedure
    .input(submitCitizenReportInputSchema)
    .output(submittedReportSchema)
    .mutation(({ ctx, input }) => submitCitizenReport(ctx.svc, { ...input, address: ctx.address })),

  status: publicProcedure
    .input(reportStatusInputSchema)
    .output(publicReportStatusSchema)
    .query(({ ctx, input }) => readReportStatus(ctx.svc, input)),

  /** 解决了吗? fixed, or not fixed with a note (back to triage). */
  answer: publicProcedure
    .input(answerReportInputSchema)
    .output(publicReportStatusSchema)
    .mutation(({ ctx, input }) => answerReport(ctx.svc, input)),
});
