import { randomUUID } from "node:crypto";
import {
  type Actor,
  type AddSurveyResponseInput,
  DomainError,
  type MessageKey,
  notFound,
  type SurveyResponseView,
  withinSurveyPeriod,
} from "@cw/domain";
import { fromDateColumn } from "../../date-columns.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";

export interface NewResponse {
  respondentRef: string;
  respondedAt: Date;
  /** Answered questions only: a blank is the absence of a row, not a NULL. */
  answers: { questionId: string; positive: boolean }[];
}

/** The survey and its questions by code (upper-cased, as codes match regardless of case). */
export async function loadSurveyForAnswers(tx: Tx | PrismaClient, surveyId: string) {
  const survey = await tx.survey.findUnique({
    where: { id: surveyId },
    select: {
      id: true,
      periodStart: true,
      periodEnd: true,
      questions: { select: { id: true, code: true }, orderBy: { sortOrder: "asc" } },
    },
  });
  if (!survey) throw notFound("survey", surveyId);
  const questionId = new Map(survey.questions.map((q) => [q.code.toUpperCase(), q.id]));
  return {
    survey,
    questionId,
    periodStart: fromDateColumn(survey.periodStart),
    periodEnd: fromDateColumn(survey.periodEnd),
  };
}

/**
 * Inserts responses and their answers, two statements whatever their number: each column goes
 * as one array parameter (`unnest`), not a statement of 5,000 rows with 15,000 parameters per
 * chunk as Prisma's createMany built them (a 20,000 × 80 import outlasted its 2-minute
 * transaction that way). Ids are made here so answers can name their response without reading
 * anything back. Callers with many rows pass them in chunks (survey-import.ts).
 */
export async function insertResponses(
  tx: Tx,
  surveyId: string,
  rows: readonly NewResponse[],
): Promise<{ responses: number; answers: number; ids: string[] }> {
  const ids = rows.map(() => randomUUID());
  await tx.$executeRaw`
    INSERT INTO "survey_response" ("id", "surveyId", "respondentRef", "respondedAt")
    SELECT r."id", ${surveyId}::uuid, r."ref", r."at"
      FROM unnest(${ids}::uuid[], ${rows.map((r) => r.respondentRef)}::text[],
                  ${rows.map((r) => r.respondedAt.toISOString())}::timestamptz[])
           AS r("id", "ref", "at")`;
  const responseIds: string[] = [];
  const questionIds: string[] = [];
  const positives: boolean[] = [];
  rows.forEach((row, i) => {
    for (const answer of row.answers) {
      responseIds.push(ids[i] as string);
      questionIds.push(answer.questionId);
      positives.push(answer.positive);
    }
  });
  if (responseIds.length)
    await tx.$executeRaw`
      INSERT INTO "survey_answer" ("responseId", "questionId", "positive")
      SELECT * FROM unnest(${responseIds}::uuid[], ${questionIds}::uuid[], ${positives}::boolean[])`;
  return { responses: rows.length, answers: responseIds.length, ids };
}

/**
 * One respondent's questionnaire, entered by a survey taker. Every problem is reported at once
 * (on its field), and a respondent number already entered for this survey is a conflict.
 */
export async function addSurveyResponse(
  ctx: ServiceContext<Actor>,
  input: AddSurveyResponseInput,
): Promise<SurveyResponseView> {
  return ctx.prisma.$transaction(async (tx) => {
    const { questionId, periodStart, periodEnd } = await loadSurveyForAnswers(tx, input.surveyId);
    const fields: Record<string, MessageKey> = {};
    const params: Record<string, string> = {};
    const seen = new Set<string>();
    const answers: NewResponse["answers"] = [];
    for (const answer of input.answers) {
      const code = answer.questionCode.toUpperCase();
      const id = questionId.get(code);
      if (!id) {
        fields.answers ??= "survey.unknown_question";
        params.questionCode ??= answer.questionCode;
      } else if (seen.has(code)) {
        fields.answers ??= "survey.duplicate_answer";
        params.questionCode ??= answer.questionCode;
      } else if (answer.positive !== null)
        answers.push({ questionId: id, positive: answer.positive });
      seen.add(code);
    }
    if (!withinSurveyPeriod(input.respondedAt, periodStart, periodEnd)) {
      fields.respondedAt = "survey.outside_period";
      Object.assign(params, { start: periodStart, end: periodEnd });
    }
    const taken = await tx.surveyResponse.findUnique({
      where: {
        surveyId_respondentRef: { surveyId: input.surveyId, respondentRef: input.respondentRef },
      },
      select: { id: true },
    });
    params.respondentRef = input.respondentRef;
    if (taken) fields.respondentRef = "survey.respondent_exists";
    if (Object.keys(fields).length) {
      // A repeated respondent alone is a conflict with stored data; anything else is bad input.
      const onlyDuplicate = Object.keys(fields).length === 1 && taken;
      throw new DomainError(
        onlyDuplicate ? "conflict" : "bad_request",
        onlyDuplicate ? "survey.respondent_exists" : "error.invalid_input",
        params,
        fields,
      );
    }
    const row = { respondentRef: input.respondentRef, respondedAt: input.respondedAt, answers };
    const { ids } = await insertResponses(tx, input.surveyId, [row]);
    const id = ids[0] as string;
    await recordAudit(tx, ctx, {
      entityType: "survey_response",
      entityId: id,
      action: "create",
      after: { surveyId: input.surveyId, ...row },
    });
    return { id, surveyId: input.surveyId, ...row, answerCount: answers.length };
  });
}
