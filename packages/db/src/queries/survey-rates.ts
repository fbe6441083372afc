import {
  type Actor,
  notFound,
  SURVEY_MEASURES,
  type SurveyRatesOutput,
  surveyRate,
} from "@cw/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { loadScoringSettings } from "../services/scoring/scoring-settings.ts";
import type { ServiceContext } from "../services/service-context.ts";

interface CountRow {
  key: string;
  positive: number;
  answered: number;
}

// Constant SQL fragments only: the grouping column is never taken from input.
const GROUP_COLUMN = {
  question: Prisma.sql`q.id`,
  measure: Prisma.sql`q.measure`,
  standard: Prisma.sql`q."standardId"`,
} as const;

/**
 * Positive and answered counts of one survey's answers, grouped by question, measure or
 * standard, counted in the database (the (questionId, positive) index covers it): answers
 * never travel to the app server. A question nobody answered still gets a row, with zeros.
 */
async function countAnswers(
  prisma: PrismaClient,
  surveyId: string,
  by: keyof typeof GROUP_COLUMN,
): Promise<Map<string, CountRow>> {
  const column = GROUP_COLUMN[by];
  const rows = await prisma.$queryRaw<CountRow[]>`
    SELECT ${column}::text AS key,
           count(a."questionId")::int AS answered,
           count(a."questionId") FILTER (WHERE a.positive)::int AS positive
      FROM survey_question q
      LEFT JOIN survey_answer a ON a."questionId" = q.id
     WHERE q."surveyId" = ${surveyId}::uuid AND ${column} IS NOT NULL
     GROUP BY 1`;
  return new Map(rows.map((r) => [r.key, r]));
}

/**
 * A survey's rates per question, per measure (all its questions of that measure pooled) and
 * per standard (all its questions mapped to that standard pooled), each with n and a 95%
 * interval, or "sample too small" below the admin's minSurveySample.
 *
 * Pooling treats every answer as one observation. One respondent answers several questions of
 * a measure, so answers are not independent and the pooled interval is somewhat narrower
 * than the truth; it is still the rate assessors compute, and the per-question rates beside
 * it carry honest intervals.
 */
export async function readSurveyRates(
  ctx: ServiceContext<Actor>,
  input: { surveyId: string },
): Promise<SurveyRatesOutput> {
  const { prisma } = ctx;
  const { surveyId } = input;
  const survey = await prisma.survey.findUnique({
    where: { id: surveyId },
    select: {
      questions: {
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        select: { id: true, code: true, text: true, measure: true, standardId: true },
      },
      _count: { select: { responses: true } },
    },
  });
  if (!survey) throw notFound("survey", surveyId);
  const [settings, byQuestion, byMeasure, byStandard] = await Promise.all([
    loadScoringSettings(prisma),
    countAnswers(prisma, surveyId, "question"),
    countAnswers(prisma, surveyId, "measure"),
    countAnswers(prisma, surveyId, "standard"),
  ]);
  const minimum = settings.minSurveySample;
  const rateOf = (c: CountRow | undefined) =>
    surveyRate(c?.positive ?? 0, c?.answered ?? 0, minimum);
  const standards = await prisma.assessmentStandard.findMany({
    where: { id: { in: [...byStandard.keys()] } },
    select: { id: true, code: true, text: true },
    orderBy: [{ code: "asc" }],
  });
  return {
    surveyId,
    minimum,
    respondents: survey._count.responses,
    questions: survey.questions.map((q) => ({
      questionId: q.id,
      code: q.code,
      text: q.text,
      measure: q.measure,
      standardId: q.standardId,
      rate: rateOf(byQuestion.get(q.id)),
    })),
    measures: SURVEY_MEASURES.filter((m) => byMeasure.has(m)).map((measure) => ({
      measure,
      questionCount: survey.questions.filter((q) => q.measure === measure).length,
      rate: rateOf(byMeasure.get(measure)),
    })),
    standards: standards.map((s) => ({
      standardId: s.id,
      code: s.code,
      text: s.text,
      rate: rateOf(byStandard.get(s.id)),
    })),
  };
}

/**
 * For the projected score: per standard of a system, the positive and answered counts of every
 * survey question mapped to it, across all surveys (a standard may be asked about in both the
 * residents' and the minors' survey). Standards no question maps to are absent. The caller
 * applies `surveyRate` with the minimum sample.
 */
export async function surveyRatesByStandard(
  prisma: PrismaClient,
  systemId: string,
): Promise<{ standardId: string; positive: number; answered: number }[]> {
  return prisma.$queryRaw<{ standardId: string; positive: number; answered: number }[]>`
    SELECT s.id::text AS "standardId",
           count(a."questionId") FILTER (WHERE a.positive)::int AS positive,
           count(a."questionId")::int AS answered
      FROM assessment_standard s
      JOIN survey_question q ON q."standardId" = s.id
      LEFT JOIN survey_answer a ON a."questionId" = q.id
     WHERE s."systemId" = ${systemId}::uuid
     GROUP BY s.id, s.code
     ORDER BY s.code`;
}
