import {
  exportUnitEvaluation,
  readEvaluationSettings,
  readUnitEvaluation,
  updateEvaluationSettings,
} from "@cw/db";
import {
  evaluationInputSchema,
  evaluationSettingsSchema,
  generatedFileSchema,
  unitEvaluationSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";

/**
 * 结果考评: every unit's score for a period, for those who assess units (leaders, the
 * coordinating office, admins). Unit officers and inspectors do not see other units' scores.
 */
const ASSESSORS = ["leader", "coordinator", "admin"] as const;

export const evaluationRouter = router({
  /** Scores, ranks, the formula they were computed with and the minimum sample. */
  read: allow(...ASSESSORS)
    .input(evaluationInputSchema)
    .output(unitEvaluationSchema)
    .query(({ ctx, input }) => readUnitEvaluation(ctx.svc, input)),

  /** The same table in Excel, kept in the documents list. */
  export: allow(...ASSESSORS)
    .input(evaluationInputSchema)
    .output(generatedFileSchema)
    .mutation(({ ctx, input }) => exportUnitEvaluation(ctx.svc, input)),

  /** The formula (weights, normalisation). */
  settings: allow(...ASSESSORS)
    .input(z.void())
    .output(evaluationSettingsSchema)
    .query(({ ctx }) => readEvaluationSettings(ctx.svc)),

  /** The admin replaces the formula as a whole. */
  updateSettings: allow("admin")
    .input(evaluationSettingsSchema)
    .output(evaluationSettingsSchema)
    .mutation(({ ctx, input }) => updateEvaluationSettings(ctx.svc, input)),
});
