import { z } from "zod";
import { codeSchema } from "../schemas/admin-units.ts";
import { calendarDateInput, idSchema, shortText } from "../schemas/common.ts";
import { surveyAudienceSchema, surveyMeasureSchema } from "./vocabulary.ts";

/**
 * A question is answered yes/no: a positive answer is "aware", "took part", "supports" or
 * "satisfied" depending on its measure. Its code heads its column in an import file, hence
 * the plain code alphabet (no spaces, no Chinese that Excel might re-encode).
 */
export const surveyQuestionInputSchema = z.object({
  code: codeSchema(32),
  text: shortText(500),
  measure: surveyMeasureSchema,
  /** The assessment standard this question's rate counts toward, if any. */
  standardId: idSchema.nullable().optional(),
});
export type SurveyQuestionInput = z.infer<typeof surveyQuestionInputSchema>;

/** Each question code at most once, reported on the repeated entry. */
const questionList = z
  .array(surveyQuestionInputSchema)
  .min(1, "survey.questions_required")
  .max(200, "field.too_long")
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      const code = q.code.toUpperCase();
      if (seen.has(code))
        ctx.addIssue({ code: "custom", path: [i, "code"], message: "survey.duplicate_question" });
      seen.add(code);
    });
  });

const periodInOrder = (s: { periodStart?: string; periodEnd?: string }) =>
  !s.periodStart || !s.periodEnd || s.periodStart <= s.periodEnd;
const periodIssue = { path: ["periodEnd"], message: "survey.period_order" };

/** A minors' survey (未成年人问卷) is a survey whose audience is `minors`. */
export const createSurveyInputSchema = z
  .object({
    title: shortText(200),
    audience: surveyAudienceSchema,
    /** The assessment system whose standards the questions map to; any system when absent. */
    systemId: idSchema.nullable().optional(),
    periodStart: calendarDateInput,
    periodEnd: calendarDateInput,
    questions: questionList,
  })
  .refine(periodInOrder, periodIssue);
export type CreateSurveyInput = z.infer<typeof createSurveyInputSchema>;

/**
 * Only the fields given change. `questions`, when given, is the whole list: questions are
 * matched by code, so an edited text keeps its answers, and a question that already has
 * answers cannot be left out.
 */
export const updateSurveyInputSchema = z
  .object({
    id: idSchema,
    title: shortText(200).optional(),
    audience: surveyAudienceSchema.optional(),
    systemId: idSchema.nullable().optional(),
    periodStart: calendarDateInput.optional(),
    periodEnd: calendarDateInput.optional(),
    questions: questionList.optional(),
  })
  .refine(periodInOrder, periodIssue);
export type UpdateSurveyInput = z.infer<typeof updateSurveyInputSchema>;

export const listSurveysInputSchema = z.object({
  audience: surveyAudienceSchema.optional(),
  systemId: idSchema.optional(),
});
export type ListSurveysInput = z.infer<typeof listSurveysInputSchema>;
export const surveyIdInput = z.object({ id: idSchema });

export const surveySummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  audience: surveyAudienceSchema,
  systemId: z.uuid().nullable(),
  /** YYYY-MM-DD, inclusive. */
  periodStart: z.string(),
  periodEnd: z.string(),
  questionCount: z.number().int().nonnegative(),
  responseCount: z.number().int().nonnegative(),
  createdAt: z.date(),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;
export const surveyListOutputSchema = z.array(surveySummarySchema);

export const surveyQuestionSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  text: z.string(),
  measure: surveyMeasureSchema,
  standardId: z.uuid().nullable(),
  /** The standard's code (e.g. "Ⅲ-12-3"), for display. */
  standardCode: z.string().nullable(),
});
export type SurveyQuestionView = z.infer<typeof surveyQuestionSchema>;

export const surveySchema = surveySummarySchema.extend({
  questions: z.array(surveyQuestionSchema),
});
export type SurveyView = z.infer<typeof surveySchema>;
