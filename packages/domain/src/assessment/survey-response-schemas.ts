import { z } from "zod";
import type { MessageKey } from "../messages.ts";
import { idSchema, searchText, shortText, textInput, timestampInput } from "../schemas/common.ts";
import { surveyRateSchema } from "./survey-rate.ts";
import { surveyMeasureSchema } from "./vocabulary.ts";

/** 受访者编号: the questionnaire's number on paper, unique within a survey. */
export const respondentRefSchema = shortText(64);

/** One respondent's answers, entered by hand. A question left out counts as not answered. */
export const addSurveyResponseInputSchema = z.object({
  surveyId: idSchema,
  respondentRef: respondentRefSchema,
  respondedAt: timestampInput,
  answers: z
    .array(
      z.object({
        questionCode: textInput().trim().min(1, "field.required").max(32, "field.too_long"),
        /** true = positive (aware, took part, supports, satisfied), false = not, null = blank. */
        positive: z.boolean().nullable(),
      }),
    )
    .max(200, "field.too_long"),
});
export type AddSurveyResponseInput = z.infer<typeof addSurveyResponseInputSchema>;

export const surveyResponseSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  respondentRef: z.string(),
  respondedAt: z.date(),
  /** Answers stored (blanks are not stored). */
  answerCount: z.number().int().nonnegative(),
});
export type SurveyResponseView = z.infer<typeof surveyResponseSchema>;

/** The largest import file, in bytes, and the same limit as base64 text. */
export const SURVEY_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(SURVEY_IMPORT_MAX_BYTES / 3) * 4;

export const SURVEY_IMPORT_FORMATS = ["xlsx", "csv"] as const;
export const importSurveyResponsesInputSchema = z.object({
  surveyId: idSchema,
  format: z.enum(SURVEY_IMPORT_FORMATS),
  /** The file's bytes as base64 (tRPC carries JSON). */
  content: z
    .base64("survey.file_unreadable")
    .min(1, "field.required")
    .max(MAX_BASE64, "field.too_long"),
  /** Kept in the audit event, so a later reader knows which file it was. */
  fileName: searchText(255).optional(),
});
export type ImportSurveyResponsesInput = z.infer<typeof importSurveyResponsesInputSchema>;

/**
 * One problem in an import file. `row` is the spreadsheet row number a user sees (the header
 * is row 1); `column` is the column's header, or null for the whole row or file.
 */
export interface SurveyImportIssue {
  row: number;
  column: string | null;
  key: MessageKey;
  params?: Record<string, string | number>;
}

export const surveyImportErrorSchema = z.object({
  row: z.number().int().nonnegative(),
  column: z.string().nullable(),
  key: z.string(),
  /** The problem in the caller's language. */
  message: z.string(),
});

/** All or nothing: either every row was stored, or none was and every problem is listed. */
export const importSurveyResponsesOutputSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    responses: z.number().int().nonnegative(),
    answers: z.number().int().nonnegative(),
  }),
  z.object({
    ok: z.literal(false),
    errors: z.array(surveyImportErrorSchema),
    /** More problems than the list holds were found; fix these and import again. */
    truncated: z.boolean(),
  }),
]);
export type ImportSurveyResponsesOutput = z.infer<typeof importSurveyResponsesOutputSchema>;

export const surveyRatesInputSchema = z.object({ surveyId: idSchema });

export const surveyRatesOutputSchema = z.object({
  surveyId: z.uuid(),
  /** The admin's minimum sample (minSurveySample) the statuses were judged against. */
  minimum: z.number().int().positive(),
  respondents: z.number().int().nonnegative(),
  questions: z.array(
    z.object({
      questionId: z.uuid(),
      code: z.string(),
      text: z.string(),
      measure: surveyMeasureSchema,
      standardId: z.uuid().nullable(),
      rate: surveyRateSchema,
    }),
  ),
  /** Each measure the survey asks about, its questions' answers pooled. */
  measures: z.array(
    z.object({
      measure: surveyMeasureSchema,
      questionCount: z.number().int().positive(),
      rate: surveyRateSchema,
    }),
  ),
  /** Each standard the survey's questions map to, their answers pooled. */
  standards: z.array(
    z.object({ standardId: z.uuid(), code: z.string(), text: z.string(), rate: surveyRateSchema }),
  ),
});
export type SurveyRatesOutput = z.infer<typeof surveyRatesOutputSchema>;
