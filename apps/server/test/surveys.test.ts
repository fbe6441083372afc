import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import type { SurveyQuestionInput } from "@cw/domain";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, domainErrorOf } from "./support/caller.ts";
import { createSurveyFixture, type SurveyFixture, surveyInput } from "./support/survey-fixture.ts";

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
const QUESTIONS = [A1, M1];

/** The zod issues behind a refused input, as "path: message key". */
async function zodIssues(call: Promise<unknown>): Promise<string[]> {
  try {
    await call;
  } catch (error) {
    const issues = (
      (error as TRPCError).cause as { issues?: { path: unknown[]; message: string }[] }
    )?.issues;
    return (issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
  }
  throw new Error("expected the call to fail");
}

describe.each(testEngines())("surveys on %s", (kind) => {
  let db: TestDatabase;
  let fx: SurveyFixture;
  let surveyId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await createSurveyFixture(db);
  });
  afterAll(() => db.destroy());

  const audit = (entityType: string) => db.prisma.auditEvent.count({ where: { entityType } });

  it("creates a survey with its questions mapped to standards, and an audit event", async () => {
    const created = await fx
      .as("coordinator")
      .create(surveyInput([{ ...A1, standardId: fx.standards.S1 }, M1], { systemId: fx.systemId }));
    surveyId = created.id;
    expect(created).toMatchObject({
      title: "2026年10月入户问卷",
      audience: "residents",
      systemId: fx.systemId,
      periodStart: "2026-10-01",
      periodEnd: "2026-10-31",
      questionCount: 2,
      responseCount: 0,
    });
    expect(created.questions.map((q) => [q.code, q.measure, q.standardCode])).toEqual([
      ["A1", "awareness", "Ⅲ-12-1"],
      ["M1", "satisfaction", null],
    ]);
    expect(await fx.as("unit_officer").get({ id: surveyId })).toEqual(created);
    expect(await audit("survey")).toBe(1);
  });

  it("lists surveys, a minors' survey being one whose audience is minors", async () => {
    await fx.as("admin").create(
      surveyInput(QUESTIONS, {
        title: "未成年人问卷",
        audience: "minors",
        periodStart: "2026-11-01",
        periodEnd: "2026-11-15",
      }),
    );
    const all = await fx.as("leader").list({});
    expect(all.map((s) => s.title)).toEqual(["未成年人问卷", "2026年10月入户问卷"]);
    expect((await fx.as("inspector").list({ audience: "minors" })).map((s) => s.title)).toEqual([
      "未成年人问卷",
    ]);
    expect((await fx.as("inspector").list({ systemId: fx.systemId })).map((s) => s.id)).toEqual([
      surveyId,
    ]);
    expect(await codeOf(fx.as("leader").get({ id: MISSING }))).toBe("NOT_FOUND");
  });

  it("refuses repeated question codes, a reversed period and standards it cannot use", async () => {
    const repeated = surveyInput([...QUESTIONS, { ...A1, code: "a1" }]);
    expect(await zodIssues(fx.as("admin").create(repeated))).toEqual([
      "questions.2.code: survey.duplicate_question",
    ]);
    const reversed = surveyInput(QUESTIONS, { periodStart: "2026-10-31", periodEnd: "2026-10-01" });
    expect(await zodIssues(fx.as("admin").create(reversed))).toEqual([
      "periodEnd: survey.period_order",
    ]);
    const foreign = surveyInput([{ ...A1, standardId: fx.otherStandard }], {
      systemId: fx.systemId,
    });
    expect(await domainErrorOf(fx.as("admin").create(foreign))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { questions: "survey.standard_other_system" },
    });
    const unknown = surveyInput([{ ...A1, standardId: MISSING }]);
    expect((await domainErrorOf(fx.as("admin").create(unknown))).fields).toEqual({
      questions: "survey.unknown_standards",
    });
    expect(await audit("survey")).toBe(2);
  });

  it("keeps leaders and unit officers from every write, and admins from entering answers", async () => {
    const before = {
      surveys: await db.prisma.survey.count(),
      responses: await db.prisma.surveyResponse.count(),
    };
    const answer = {
      surveyId,
      respondentRef: "R-X",
      respondedAt: new Date("2026-10-05T02:00:00Z"),
      answers: [],
    };
    for (const role of ["leader", "unit_officer"] as const) {
      expect(await codeOf(fx.as(role).create(surveyInput(QUESTIONS))), role).toBe("FORBIDDEN");
      expect(await codeOf(fx.as(role).update({ id: surveyId, title: "x" })), role).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(fx.as(role).addResponse(answer)), role).toBe("FORBIDDEN");
    }
    expect(await codeOf(fx.as("inspector").create(surveyInput(QUESTIONS)))).toBe("FORBIDDEN");
    expect(await codeOf(fx.as("admin").addResponse(answer))).toBe("FORBIDDEN");
    expect(await codeOf(fx.as(null).list({}))).toBe("UNAUTHORIZED");
    expect({
      surveys: await db.prisma.survey.count(),
      responses: await db.prisma.surveyResponse.count(),
    }).toEqual(before);
  });
});
