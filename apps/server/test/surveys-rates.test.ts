import { surveyRatesByStandard } from "@cw/db";
import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "./support/caller.ts";
import {
  createSurveyFixture,
  type SurveyFixture,
  seedAnswers,
  surveyInput,
} from "./support/survey-fixture.ts";

const MISSING = "00000000-0000-4000-8000-000000000000";
const near = (value: number) => expect.closeTo(value, 5);
/** An "ok" rate with its 95% Wilson interval, worked by hand (z² = 3.841459). */
const ok = (positive: number, n: number, ciLow: number, ciHigh: number) => ({
  status: "ok",
  n,
  positive,
  rate: near(positive / n),
  ciLow: ciLow === 0 ? 0 : near(ciLow),
  ciHigh: ciHigh === 1 ? 1 : near(ciHigh),
});

describe.each(testEngines())("survey rates on %s", (kind) => {
  let db: TestDatabase;
  let fx: SurveyFixture;
  let surveyId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await createSurveyFixture(db);
    const survey = await fx.as("coordinator").create(
      surveyInput(
        [
          {
            code: "A1",
            text: "您是否知道本市正在创建全国文明城市？",
            measure: "awareness",
            standardId: fx.standards.S1,
          },
          {
            code: "A2",
            text: "您是否知道创文热线？",
            measure: "awareness",
            standardId: fx.standards.S1,
          },
          {
            code: "P1",
            text: "您是否参加过志愿服务？",
            measure: "participation",
            standardId: fx.standards.S2,
          },
          { code: "U1", text: "您是否支持创文工作？", measure: "support" },
          {
            code: "M1",
            text: "您对背街小巷环境是否满意？",
            measure: "satisfaction",
            standardId: fx.standards.S2,
          },
        ],
        { systemId: fx.systemId },
      ),
    );
    surveyId = survey.id;
    // 50 respondents. Per question: yes / no (the rest left it blank).
    await seedAnswers(db, surveyId, 50, {
      A1: { yes: 45, no: 5 }, //  45/50
      A2: { yes: 30, no: 0 }, //  30/30
      P1: { yes: 12, no: 8 }, //  12/20: below the minimum of 30
      U1: { yes: 29, no: 1 }, //  29/30
      M1: { yes: 0, no: 30 }, //   0/30
    });
  });
  afterAll(() => db.destroy());

  it("gives each question its rate, n and Wilson interval, or 'sample too small'", async () => {
    const rates = await fx.as("leader").rates({ surveyId });
    expect(rates).toMatchObject({ surveyId, minimum: 30, respondents: 50 });
    const byCode = Object.fromEntries(rates.questions.map((q) => [q.code, q.rate]));
    expect(byCode).toEqual({
      A1: ok(45, 50, 0.786398, 0.956524),
      A2: ok(30, 30, 0.886487, 1),
      P1: { status: "sample_too_small", n: 20, minimum: 30 },
      U1: ok(29, 30, 0.833296, 0.994091),
      M1: ok(0, 30, 0, 0.113513),
    });
    expect(rates.questions.map((q) => q.code)).toEqual(["A1", "A2", "P1", "U1", "M1"]);
  });

  it("pools the questions of each measure and of each standard", async () => {
    const rates = await fx.as("unit_officer").rates({ surveyId });
    // awareness = A1 + A2 = (45 + 30) / (50 + 30) = 75/80: d = 1.048018, centre = 0.917455,
    // half = 0.055556.
    expect(rates.measures).toEqual([
      { measure: "awareness", questionCount: 2, rate: ok(75, 80, 0.861899, 0.973011) },
      {
        measure: "participation",
        questionCount: 1,
        rate: { status: "sample_too_small", n: 20, minimum: 30 },
      },
      { measure: "support", questionCount: 1, rate: ok(29, 30, 0.833296, 0.994091) },
      { measure: "satisfaction", questionCount: 1, rate: ok(0, 30, 0, 0.113513) },
    ]);
    // S1 = A1 + A2 = 75/80; S2 = P1 + M1 = (12 + 0) / (20 + 30) = 12/50: centre = 0.258550,
    // half = 0.115576. S3 has no question and is absent.
    expect(rates.standards).toEqual([
      {
        standardId: fx.standards.S1,
        code: "Ⅲ-12-1",
        text: "标准 Ⅲ-12-1",
        rate: ok(75, 80, 0.861899, 0.973011),
      },
      {
        standardId: fx.standards.S2,
        code: "Ⅲ-12-2",
        text: "标准 Ⅲ-12-2",
        rate: ok(12, 50, 0.142974, 0.374127),
      },
    ]);
  });

  it("judges the sample against the admin's minimum", async () => {
    await db.prisma.setting.upsert({
      where: { key: "scoring" },
      create: { key: "scoring", value: { minSurveySample: 20 } },
      update: { value: { minSurveySample: 20 } },
    });
    const rates = await fx.as("inspector").rates({ surveyId });
    // 12/20: d = 1.192073, centre = 0.583887, half = 0.197306.
    expect(rates.minimum).toBe(20);
    expect(rates.questions.find((q) => q.code === "P1")?.rate).toEqual(
      ok(12, 20, 0.386582, 0.781193),
    );
    await db.prisma.setting.delete({ where: { key: "scoring" } });
    expect((await fx.as("inspector").rates({ surveyId })).minimum).toBe(30);
  });

  it("counts per standard across all surveys of a system for the projected score", async () => {
    const minors = await fx.as("admin").create(
      surveyInput(
        [
          {
            code: "K1",
            text: "你知道“八礼四仪”吗？",
            measure: "awareness",
            standardId: fx.standards.S1,
          },
        ],
        { audience: "minors", title: "未成年人问卷" },
      ),
    );
    await seedAnswers(db, minors.id, 12, { K1: { yes: 10, no: 0 } }, "K");
    const foreign = await fx
      .as("admin")
      .create(
        surveyInput([
          { code: "X1", text: "其他体系", measure: "support", standardId: fx.otherStandard },
        ]),
      );
    await seedAnswers(db, foreign.id, 5, { X1: { yes: 5, no: 0 } }, "X");
    // S1 = 75/80 from the residents' survey + 10/10 from the minors' survey = 85/90.
    expect(await surveyRatesByStandard(db.prisma, fx.systemId)).toEqual([
      { standardId: fx.standards.S1, positive: 85, answered: 90 },
      { standardId: fx.standards.S2, positive: 12, answered: 50 },
    ]);
    expect(await surveyRatesByStandard(db.prisma, fx.otherSystemId)).toEqual([
      { standardId: fx.otherStandard, positive: 5, answered: 5 },
    ]);
    // Five answers are reported as too few, not as 100%.
    const few = await fx.as("leader").rates({ surveyId: foreign.id });
    expect(few.measures).toEqual([
      {
        measure: "support",
        questionCount: 1,
        rate: { status: "sample_too_small", n: 5, minimum: 30 },
      },
    ]);
  });

  it("404s an unknown survey and keeps signed-out callers out", async () => {
    expect(await codeOf(fx.as("leader").rates({ surveyId: MISSING }))).toBe("NOT_FOUND");
    expect(await codeOf(fx.as(null).rates({ surveyId }))).toBe("UNAUTHORIZED");
  });
});
