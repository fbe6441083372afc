import { z } from "zod";
import { severitySchema } from "../finding-vocabulary.ts";
import { calendarDateInput, idSchema, longText, shortText } from "../schemas/common.ts";
import { SCORE_GROUPS } from "./field-score.ts";
import { checkResultSchema, methodSchema } from "./vocabulary.ts";

export const checklistInputSchema = z.object({
  siteId: idSchema,
  /** With an inspection, "latest" means latest within that inspection. */
  inspectionId: idSchema.optional(),
});
export type ChecklistInput = z.infer<typeof checklistInputSchema>;

export const latestCheckSchema = z.object({
  checkId: z.uuid(),
  /** Null when a passing verification of a finding's fix recorded the check. */
  inspectionId: z.uuid().nullable(),
  result: checkResultSchema,
  note: z.string(),
  findingId: z.uuid().nullable(),
  checkedById: z.uuid(),
  checkedAt: z.date(),
});

export const checklistItemSchema = z.object({
  standardId: z.uuid(),
  systemId: z.uuid(),
  systemName: z.string(),
  code: z.string(),
  text: z.string(),
  points: z.number(),
  methods: z.array(methodSchema),
  negativeList: z.boolean(),
  latest: latestCheckSchema.nullable(),
});
export const checklistOutputSchema = z.object({
  site: z.object({
    id: z.uuid(),
    name: z.string(),
    siteTypeId: z.uuid(),
    siteTypeName: z.string(),
  }),
  items: z.array(checklistItemSchema),
});
export type Checklist = z.infer<typeof checklistOutputSchema>;

export const checkEntrySchema = z.object({
  standardId: idSchema,
  result: checkResultSchema,
  note: longText(2000).default(""),
  /** A failed check's photos become its finding's photos (entered once). */
  photoIds: z.array(idSchema).max(9).default([]),
  /** Category and description of the finding a failed check raises. */
  category: shortText(64).optional(),
  severity: severitySchema.default("normal"),
  description: longText(2000).optional(),
});
export const recordChecksInputSchema = z.object({
  inspectionId: idSchema,
  siteId: idSchema,
  results: z.array(checkEntrySchema).min(1, "field.required").max(500, "field.too_long"),
});
export type RecordChecksInput = z.infer<typeof recordChecksInputSchema>;

export const recordChecksOutputSchema = z.object({
  checks: z.array(
    z.object({
      checkId: z.uuid(),
      standardId: z.uuid(),
      result: checkResultSchema,
      findingId: z.uuid().nullable(),
      /** True when this call raised the finding (a re-recorded failure keeps the old one). */
      findingCreated: z.boolean(),
    }),
  ),
});
export type RecordChecksOutput = z.infer<typeof recordChecksOutputSchema>;

export const scoreRatesInputSchema = z.object({
  groupBy: z.enum(SCORE_GROUPS),
  systemId: idSchema.optional(),
  /** Inclusive calendar dates in Beijing time, on the check's time. */
  from: calendarDateInput.optional(),
  to: calendarDateInput.optional(),
});
export type ScoreRatesInput = z.infer<typeof scoreRatesInputSchema>;

export const scoreRateRowSchema = z.object({
  /** The group's id; null for sites outside any grid. */
  key: z.string().nullable(),
  name: z.string().nullable(),
  passedPoints: z.number(),
  applicablePoints: z.number(),
  /** 0–1; null when nothing applicable was checked. */
  rate: z.number().nullable(),
  /** Latest checks in the group, not applicable ones included. */
  checks: z.number().int(),
});
export type ScoreRateRow = z.infer<typeof scoreRateRowSchema>;
export const scoreRatesOutputSchema = z.array(scoreRateRowSchema);
