import { z } from "zod";

/** The five measures of a unit's 结果考评, in the order the table and the formula show them. */
export const EVALUATION_MEASURES = [
  "onTime",
  "overdueDays",
  "returned",
  "escalated",
  "fieldRate",
] as const;
export type EvaluationMeasure = (typeof EVALUATION_MEASURES)[number];

const weight = z.number().int().min(0).max(100);
/** Per task, the amount at which a penalty measure reaches 0 (linear from 1 at none). */
const zeroAt = z.number().positive().max(1000);

/**
 * The formula an admin configures: a weight per measure, and for the three penalty measures
 * (counted per task of the unit) the amount per task at which the measure scores 0.
 */
export const evaluationSettingsSchema = z
  .object({
    weights: z
      .object({
        onTime: weight.default(40),
        overdueDays: weight.default(20),
        returned: weight.default(15),
        escalated: weight.default(10),
        fieldRate: weight.default(15),
      })
      .prefault({}),
    zeroAt: z
      .object({
        /** Overdue task-days per task at which the measure is 0. */
        overdueDays: zeroAt.default(10),
        /** Returned or reopened evidence per task at which the measure is 0. */
        returned: zeroAt.default(1),
        /** Escalated tasks per task at which the measure is 0. */
        escalated: zeroAt.default(0.5),
      })
      .prefault({}),
  })
  .refine((s) => Object.values(s.weights).some((w) => w > 0), {
    message: "field.out_of_range",
    path: ["weights"],
  });
export type EvaluationSettings = z.infer<typeof evaluationSettingsSchema>;

export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = evaluationSettingsSchema.parse({});
