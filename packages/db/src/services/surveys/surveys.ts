import {
  type Actor,
  type CreateSurveyInput,
  DomainError,
  type ListSurveysInput,
  type SurveySummary,
  type SurveyView,
  type UpdateSurveyInput,
} from "@cw/domain";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { found, snapshot } from "../admin/admin-helpers.ts";
import { recordAudit } from "../audit.ts";
import {
  assertSurveyRefs,
  dateOnly,
  replaceQuestions,
  SURVEY_INCLUDE,
  toSurveyView,
} from "./survey-rows.ts";

/** Creates a survey with its questions (in the given order) and an audit event. */
export async function createSurvey(
  prisma: PrismaClient,
  actor: Pick<Actor, "id">,
  input: CreateSurveyInput,
  now: Date,
): Promise<SurveyView> {
  const id = await prisma.$transaction(async (tx) => {
    await assertSurveyRefs(tx, input.systemId ?? null, input.questions);
    const created = await tx.survey.create({
      data: {
        title: input.title,
        audience: input.audience,
        systemId: input.systemId ?? null,
        periodStart: dateOnly(input.periodStart),
        periodEnd: dateOnly(input.periodEnd),
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
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "survey",
      entityId: created.id,
      action: "create",
      after: { ...snapshot(created), questions: input.questions },
      at: now,
    });
    return created.id;
  });
  return getSurvey(prisma, id);
}

/**
 * Changes the fields given. A new question list is matched to the old one by code, so
 * answers stay with their question; the standards are checked against the survey's system
 * as it will be after the change.
 */
export async function updateSurvey(
  prisma: PrismaClient,
  actor: Pick<Actor, "id">,
  input: UpdateSurveyInput,
  now: Date,
): Promise<SurveyView> {
  await prisma.$transaction(async (tx) => {
    const before = found(
      await tx.survey.findUnique({ where: { id: input.id }, include: { questions: true } }),
      "survey",
      input.id,
    );
    const systemId = input.systemId === undefined ? before.systemId : input.systemId;
    const questions = input.questions ?? before.questions;
    await assertSurveyRefs(tx, systemId, questions);
    const periodStart = input.periodStart ?? ymd(before.periodStart);
    const periodEnd = input.periodEnd ?? ymd(before.periodEnd);
    // The schema checks the order of two given dates; one given date must fit the stored one.
    if (periodStart > periodEnd) throw periodError();
    const after = await tx.survey.update({
      where: { id: input.id },
      data: {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.audience !== undefined ? { audience: input.audience } : {}),
        systemId,
        periodStart: dateOnly(periodStart),
        periodEnd: dateOnly(periodEnd),
      },
    });
    if (input.questions) await replaceQuestions(tx, input.id, before.questions, input.questions);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "survey",
      entityId: input.id,
      action: "update",
      before: { ...snapshot(before), questions: before.questions.map(snapshot) },
      after: { ...snapshot(after), ...(input.questions ? { questions: input.questions } : {}) },
      at: now,
    });
  });
  return getSurvey(prisma, input.id);
}

export async function getSurvey(prisma: PrismaClient, id: string): Promise<SurveyView> {
  const row = await prisma.survey.findUnique({ where: { id }, include: SURVEY_INCLUDE });
  return toSurveyView(found(row, "survey", id));
}

/** Newest period first. Surveys are few (a handful a year), so the list is not paged. */
export async function listSurveys(
  prisma: PrismaClient,
  input: ListSurveysInput,
): Promise<SurveySummary[]> {
  const where: Prisma.SurveyWhereInput = {
    ...(input.audience ? { audience: input.audience } : {}),
    ...(input.systemId ? { systemId: input.systemId } : {}),
  };
  const rows = await prisma.survey.findMany({
    where,
    include: { _count: { select: { questions: true, responses: true } } },
    orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    audience: row.audience as SurveySummary["audience"],
    systemId: row.systemId,
    periodStart: ymd(row.periodStart),
    periodEnd: ymd(row.periodEnd),
    questionCount: row._count.questions,
    responseCount: row._count.responses,
    createdAt: row.createdAt,
  }));
}

const ymd = (date: Date) => date.toISOString().slice(0, 10);

function periodError() {
  return new DomainError(
    "bad_request",
    "error.invalid_input",
    {},
    { periodEnd: "survey.period_order" },
  );
}
