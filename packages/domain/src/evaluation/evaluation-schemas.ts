import { z } from "zod";
import { calendarDateInput } from "../schemas/common.ts";
import { evaluationSettingsSchema } from "./evaluation-settings.ts";

/**
 * The period of an evaluation: first and last day (Beijing) on which the findings were found,
 * as the overview's period; field checks count when checked in it. City-wide, every unit.
 */
export const evaluationInputSchema = z
  .object({ from: calendarDateInput.optional(), to: calendarDateInput.optional() })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: "field.period_reversed",
    path: ["to"],
  })
  .default({});
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
