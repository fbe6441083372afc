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

/** Rows per INSERT: 3 parameters an answer keeps a statement far below PostgreSQL's 65,535. */
const CHUNK = 5_000;

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
 * Inserts responses and their answers with a handful of bulk statements: ids are made here so
 * answers can name their response without reading anything back.
 */
export async function insertResponses(
  tx: Tx,
  surveyId: string,
  rows: readonly NewResponse[],
): Promise<{ responses: number; answers: number; ids: string[] }> {
  const withIds = rows.map((r) => ({ ...r, id: randomUUID() }));
  const answers = withIds.flatMap((r) =>
    r.answers.map((a) => ({ responseId: r.id, questionId: a.questionId, positive: a.positive })),
  );
  for (let i = 0; i < withIds.length; i += CHUNK)
    await tx.surveyResponse.createMany({
      data: withIds.slice(i, i + CHUNK).map(({ id, respondentRef, respondedAt }) => ({
        id,
        surveyId,
        respondentRef,
        respondedAt,
      })),
    });
  for (let i = 0; i < answers.length; i += CHUNK)
    await tx.surveyAnswer.createMany({ data: answers.slice(i, i + CHUNK) });
  return { responses: withIds.length, answers: answers.length, ids: withIds.map((r) => r.id) };
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
