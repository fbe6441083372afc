import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import type { SurveyQuestionInput } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, domainErrorOf } from "./support/caller.ts";
import {
  createSurveyFixture,
  NOW,
  type SurveyFixture,
  surveyInput,
} from "./support/survey-fixture.ts";

const MISSING = "00000000-0000-4000-8000-000000000000";
const A1: SurveyQuestionInput = {
  code: "A1",
  text: "您是否知道本市正在创建全国文明城市？",
  measure: "awareness",
};
const M1: SurveyQuestionInput = {
  code: "M1",
  text: "您对社区环境是否满意？",
  measure: "satisfaction",
};

describe.each(testEngines())("survey responses on %s", (kind) => {
  let db: TestDatabase;
  let fx: SurveyFixture;
  let surveyId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await createSurveyFixture(db);
    const survey = await fx
      .as("coordinator")
      .create(surveyInput([{ ...A1, standardId: fx.standards.S1 }, M1], { systemId: fx.systemId }));
    surveyId = survey.id;
  });
  afterAll(() => db.destroy());

  it("enters a questionnaire by hand, storing answered questions only", async () => {
    const response = await fx.as("inspector").addResponse({
      surveyId,
      respondentRef: "2026-001",
      respondedAt: new Date("2026-10-03T02:30:00Z"),
      answers: [
        { questionCode: "A1", positive: true },
        { questionCode: "m1", positive: null },
      ],
    });
    expect(response).toMatchObject({ surveyId, respondentRef: "2026-001", answerCount: 1 });
    const stored = await db.prisma.surveyAnswer.findMany({
      where: { responseId: response.id },
      include: { question: true },
    });
    expect(stored.map((a) => [a.question.code, a.positive])).toEqual([["A1", true]]);
    const event = await db.prisma.auditEvent.findFirst({
      where: { entityType: "survey_response", entityId: response.id },
    });
    expect(event).toMatchObject({ action: "create", actorId: fx.actors.inspector.id, at: NOW });
  });

  it("refuses a repeated respondent, unknown or repeated questions and times outside the period", async () => {
    const input = {
      surveyId,
      respondentRef: "2026-001",
      respondedAt: new Date("2026-10-04T02:00:00Z"),
      answers: [],
    };
    expect(await domainErrorOf(fx.as("coordinator").addResponse(input))).toMatchObject({
      code: "CONFLICT",
      key: "survey.respondent_exists",
      fields: { respondentRef: "survey.respondent_exists" },
    });
    const bad = await domainErrorOf(
      fx.as("coordinator").addResponse({
        ...input,
        respondentRef: "2026-002",
        respondedAt: new Date("2026-10-31T16:00:00Z"), // 2026-11-01 00:00 in Beijing
        answers: [{ questionCode: "Z9", positive: true }],
      }),
    );
    expect(bad).toMatchObject({
      code: "BAD_REQUEST",
      fields: { answers: "survey.unknown_question", respondedAt: "survey.outside_period" },
    });
    const twice = [
      { questionCode: "A1", positive: true },
      { questionCode: "A1", positive: false },
    ];
    expect(
      (
        await domainErrorOf(
          fx.as("coordinator").addResponse({ ...input, respondentRef: "2026-003", answers: twice }),
        )
      ).fields,
    ).toEqual({ answers: "survey.duplicate_answer" });
    expect(await db.prisma.surveyResponse.count({ where: { surveyId } })).toBe(1);
  });

  it("updates a survey, keeping answers with their question and refusing to drop an answered one", async () => {
    const updated = await fx.as("admin").update({
      id: surveyId,
      title: "2026年10月入户问卷（修订）",
      questions: [
        { ...A1, text: "您知道“创文”吗？" },
        { code: "P1", text: "您参加过志愿服务吗？", measure: "participation" },
        M1,
      ],
    });
    expect(updated.title).toBe("2026年10月入户问卷（修订）");
    expect(updated.questions.map((q) => [q.code, q.text.slice(0, 5)])).toEqual([
      ["A1", "您知道“创"],
      ["P1", "您参加过志"],
      ["M1", "您对社区环"],
    ]);
    expect(updated.questions[0]?.standardId).toBeNull();
    expect(
      await db.prisma.surveyAnswer.count({ where: { question: { surveyId, code: "A1" } } }),
    ).toBe(1);
    expect(
      (await domainErrorOf(fx.as("admin").update({ id: surveyId, questions: [M1] }))).fields,
    ).toEqual({ questions: "survey.question_has_answers" });
    expect(
      (await domainErrorOf(fx.as("admin").update({ id: surveyId, periodStart: "2026-11-30" })))
        .fields,
    ).toEqual({ periodEnd: "survey.period_order" });
    expect(
      (await fx.as("coordinator").update({ id: surveyId, questions: [A1] })).questions,
    ).toHaveLength(1);
    expect(await codeOf(fx.as("admin").update({ id: MISSING, title: "x" }))).toBe("NOT_FOUND");
  });
});
