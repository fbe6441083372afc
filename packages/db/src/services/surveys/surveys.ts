import {
  type Actor,
  type CreateSurveyInput,
  DomainError,
  type ListSurveysInput,
  type SurveySummary,
  type SurveyView,
  type UpdateSurveyInput,
} from "@cw/domain";
import { fromDateColumn, toDateColumn } from "../../date-columns.ts";
import { found, snapshot } from "../admin/admin-helpers.ts";
import { recordAudit } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import {
  assertSurveyRefs,
  replaceQuestions,
  SURVEY_COLUMNS,
  SURVEY_VIEW,
  toSurveyView,
} from "./survey-rows.ts";

/** Creates a survey with its questions (in the given order) and an audit event. */
export async function createSurvey(
  ctx: ServiceContext<Actor>,
  input: CreateSurveyInput,
): Promise<SurveyView> {
  const id = await ctx.prisma.$transaction(async (tx) => {
    await assertSurveyRefs(tx, input.systemId ?? null, input.questions);
    const created = await tx.survey.create({
      data: {
        title: input.title,
        audience: input.audience,
        systemId: input.systemId ?? null,
        periodStart: toDateColumn(input.periodStart),
        periodEnd: toDateColumn(input.periodEnd),
        questions: {
          create: input.questions.map((q, sortOrder) => ({
            code: q.code,
            text: q.text,
            measure: q.measure,
            standardId: q.standardId ?? null,
            sortOrder,
          })),
        },
      },
      select: SURVEY_COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "survey",
      entityId: created.id,
      action: "create",
      after: { ...snapshot(created), questions: input.questions },
    });
    return created.id;
  });
  return getSurvey(ctx, { id });
}

/**
 * Changes the fields given. A new question list is matched to the old one by code, so
 * answers stay with their question; the standards are checked against the survey's system
 * as it will be after the change.
 */
export async function updateSurvey(
  ctx: ServiceContext<Actor>,
  input: UpdateSurveyInput,
): Promise<SurveyView> {
  await ctx.prisma.$transaction(async (tx) => {
    const before = found(
      await tx.survey.findUnique({
        where: { id: input.id },
        select: {
          ...SURVEY_COLUMNS,
          questions: {
            select: {
              id: true,
              surveyId: true,
              code: true,
              text: true,
              measure: true,
              standardId: true,
              sortOrder: true,
            },
          },
        },
      }),
      "survey",
      input.id,
    );
    const systemId = input.systemId === undefined ? before.systemId : input.systemId;
    const questions = input.questions ?? before.questions;
    await assertSurveyRefs(tx, systemId, questions);
    const periodStart = input.periodStart ?? fromDateColumn(before.periodStart);
    const periodEnd = input.periodEnd ?? fromDateColumn(before.periodEnd);
    // The schema checks the order of two given dates; one given date must fit the stored one.
    if (periodStart > periodEnd) throw periodError();
    const after = await tx.survey.update({
      where: { id: input.id },
      data: {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.audience !== undefined ? { audience: input.audience } : {}),
        systemId,
        periodStart: toDateColumn(periodStart),
        periodEnd: toDateColumn(periodEnd),
      },
      select: SURVEY_COLUMNS,
    });
    if (input.questions) await replaceQuestions(tx, input.id, before.questions, input.questions);
    const { questions: beforeQuestions, ...beforeRow } = before;
    await recordAudit(tx, ctx, {
      entityType: "survey",
      entityId: input.id,
      action: "update",
      before: { ...snapshot(beforeRow), questions: beforeQuestions.map(snapshot) },
      after: { ...snapshot(after), ...(input.questions ? { questions: input.questions } : {}) },
    });
  });
  return getSurvey(ctx, { id: input.id });
}

export async function getSurvey(
  ctx: ServiceContext<Actor>,
  input: { id: string },
): Promise<SurveyView> {
  const row = await ctx.prisma.survey.findUnique({ where: { id: input.id }, select: SURVEY_VIEW });
  return toSurveyView(found(row, "survey", input.id));
}

/** Newest period first. Surveys are few (a handful a year), so the list is not paged. */
export async function listSurveys(
  ctx: ServiceContext<Actor>,
  input: ListSurveysInput,
): Promise<SurveySummary[]> {
  const rows = await ctx.prisma.survey.findMany({
    where: {
      ...(input.audience ? { audience: input.audience } : {}),
      ...(input.systemId ? { systemId: input.systemId } : {}),
    },
    orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: {
      ...SURVEY_COLUMNS,
      _count: { select: { questions: true, responses: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    audience: row.audience,
    systemId: row.systemId,
    periodStart: fromDateColumn(row.periodStart),
    periodEnd: fromDateColumn(row.periodEnd),
    questionCount: row._count.questions,
    responseCount: row._count.responses,
    createdAt: row.createdAt,
  }));
}

function periodError() {
  return new DomainError(
    "bad_request",
    "error.invalid_input",
    {},
    { periodEnd: "survey.period_order" },
  );
}
