import {
  DomainError,
  type MessageKey,
  type SurveyQuestionInput,
  type SurveyView,
} from "@cw/domain";
import { fromDateColumn } from "../../date-columns.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Tx } from "../audit.ts";

/** A survey's own columns (as the audit trail records them). */
export const SURVEY_COLUMNS = {
  id: true,
  systemId: true,
  title: true,
  audience: true,
  periodStart: true,
  periodEnd: true,
  createdAt: true,
} satisfies Prisma.SurveySelect;

export const SURVEY_VIEW = {
  ...SURVEY_COLUMNS,
  questions: {
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      text: true,
      measure: true,
      standardId: true,
      standard: { select: { code: true } },
    },
  },
  _count: { select: { responses: true } },
} as const satisfies Prisma.SurveySelect;
type SurveyRow = Prisma.SurveyGetPayload<{ select: typeof SURVEY_VIEW }>;

export function toSurveyView(row: SurveyRow): SurveyView {
  return {
    id: row.id,
    title: row.title,
    audience: row.audience,
    systemId: row.systemId,
    periodStart: fromDateColumn(row.periodStart),
    periodEnd: fromDateColumn(row.periodEnd),
    questionCount: row.questions.length,
    responseCount: row._count.responses,
    createdAt: row.createdAt,
    questions: row.questions.map((q) => ({
      id: q.id,
      code: q.code,
      text: q.text,
      measure: q.measure,
      standardId: q.standardId,
      standardCode: q.standard?.code ?? null,
    })),
  };
}

const invalid = (params: Record<string, string>, fields: Record<string, MessageKey>) =>
  new DomainError("bad_request", "error.invalid_input", params, fields);

/**
 * The system must exist, and every standard a question names must exist and, when the survey
 * belongs to a system, be one of that system's: a rate counted toward another system's
 * standard would silently move points between systems.
 */
export async function assertSurveyRefs(
  tx: Tx,
  systemId: string | null,
  questions: readonly { standardId?: string | null }[],
): Promise<void> {
  const system = systemId
    ? await tx.assessmentSystem.findUnique({ where: { id: systemId }, select: { id: true } })
    : true;
  if (!system) throw invalid({}, { systemId: "survey.unknown_system" });
  const ids = [...new Set(questions.flatMap((q) => (q.standardId ? [q.standardId] : [])))];
  if (!ids.length) return;
  const standards = await tx.assessmentStandard.findMany({
    where: { id: { in: ids } },
    select: { id: true, systemId: true },
  });
  const missing = ids.filter((id) => !standards.some((s) => s.id === id));
  if (missing.length)
    throw invalid({ standardIds: missing.join(", ") }, { questions: "survey.unknown_standards" });
  const foreign = systemId ? standards.filter((s) => s.systemId !== systemId) : [];
  if (foreign.length)
    throw invalid(
      { standardIds: foreign.map((s) => s.id).join(", ") },
      { questions: "survey.standard_other_system" },
    );
}

/**
 * Replaces a survey's question list, matching old and new by code (ignoring case): matched
 * questions are updated in place and keep their answers; a question that has answers may not
 * be dropped, because deleting it would delete them with it.
 */
export async function replaceQuestions(
  tx: Tx,
  surveyId: string,
  current: readonly { id: string; code: string }[],
  next: readonly SurveyQuestionInput[],
): Promise<void> {
  const key = (code: string) => code.toUpperCase();
  const nextKeys = new Set(next.map((q) => key(q.code)));
  const dropped = current.filter((q) => !nextKeys.has(key(q.code)));
  const answered = await tx.surveyAnswer.groupBy({
    by: ["questionId"],
    where: { questionId: { in: dropped.map((q) => q.id) } },
  });
  if (answered.length) {
    const codes = dropped.filter((q) => answered.some((a) => a.questionId === q.id));
    throw invalid(
      { codes: codes.map((q) => q.code).join(", ") },
      { questions: "survey.question_has_answers" },
    );
  }
  await tx.surveyQuestion.deleteMany({ where: { id: { in: dropped.map((q) => q.id) } } });
  const byKey = new Map(current.map((q) => [key(q.code), q.id]));
  for (const [sortOrder, q] of next.entries()) {
    const data = {
      code: q.code,
      text: q.text,
      measure: q.measure,
      standardId: q.standardId ?? null,
      sortOrder,
    };
    const id = byKey.get(key(q.code));
    if (id) await tx.surveyQuestion.update({ where: { id }, data, select: { id: true } });
    else await tx.surveyQuestion.create({ data: { ...data, surveyId }, select: { id: true } });
  }
}
