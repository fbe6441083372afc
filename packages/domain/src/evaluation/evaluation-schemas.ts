import { z } from "zod";
import { overviewFiltersSchema } from "../schemas/overview.ts";
import { evaluationSettingsSchema } from "./evaluation-settings.ts";

/** The period and scope of an evaluation: the overview's filters, the same meanings. */
export const evaluationInputSchema = overviewFiltersSchema.default({});
export type EvaluationInput = z.infer<typeof evaluationInputSchema>;

const count = z.number().int().nonnegative();
const unitShare = z.number().min(0).max(1).nullable();

export const evaluatedUnitSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  tasks: count,
  judged: count,
  closedOnTime: count,
  overdueDays: count,
  returned: count,
  escalated: count,
  fieldRate: unitShare,
  measures: z.object({
    onTime: unitShare,
    overdueDays: unitShare,
    returned: unitShare,
    escalated: unitShare,
    fieldRate: unitShare,
  }),
  score: z.number().min(0).max(100).nullable(),
  eligible: z.boolean(),
  rank: z.number().int().positive().nullable(),
});

export const unitEvaluationSchema = z.object({
  asOf: z.date(),
  minTasks: z.number().int(),
  /** The formula the scores were computed with, shown next to the table. */
  settings: evaluationSettingsSchema,
  units: z.array(evaluatedUnitSchema),
});
export type UnitEvaluation = z.infer<typeof unitEvaluationSchema>;
