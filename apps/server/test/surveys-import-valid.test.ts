import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createImportSurvey,
  createSurveyFixture,
  csvBase64,
  IMPORT_HEADER as HEADER,
  NOW,
  type SurveyFixture,
  storedCounts,
  xlsxBase64,
} from "./support/survey-fixture.ts";

describe.each(testEngines())("survey import, stored, on %s", (kind) => {
  let db: TestDatabase;
  let fx: SurveyFixture;
  let surveyId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await createSurveyFixture(db);
    surveyId = await createImportSurvey(fx);
  });
  afterAll(() => db.destroy());

  const stored = () => storedCounts(db);

  it("stores a valid xlsx of 40 respondents exactly, with one audit event", async () => {
    const before = await stored();
    // Respondent i (1…40) at 2026-10-12 08:i Beijing time; A1 positive unless i % 4 = 0
    // (30 yes, 10 no); S1 positive when i % 4 = 0 (10 yes), else blank when i % 5 = 0
    // (i = 5, 10, 15, 25, 30, 35: 6 blank), else no (24 no). Answers stored: 40 + 34 = 74.
    // S1's yes is Excel's own TRUE cell, read as every import reads a boolean.
    const rows: (string | number | boolean | Date | null)[][] = [HEADER];
    for (let i = 1; i <= 40; i++) {
      const s1 = i % 4 === 0 ? true : i % 5 === 0 ? null : "no";
      rows.push([`X-${i}`, new Date(Date.UTC(2026, 9, 12, 8, i)), i % 4 === 0 ? 0 : 1, s1]);
    }
    const result = await fx.as("coordinator").import({
      surveyId,
      format: "xlsx",
      content: await xlsxBase64(rows),
      fileName: "十月入户.xlsx",
    });
    expect(result).toEqual({ ok: true, responses: 40, answers: 74 });
    expect(await stored()).toEqual({
      responses: before.responses + 40,
      answers: before.answers + 74,
      audit: before.audit + 1,
    });
    const refs = await db.prisma.surveyResponse.findMany({
      where: { surveyId, respondentRef: { startsWith: "X-" } },
      select: { respondentRef: true },
    });
    expect(refs.map((r) => r.respondentRef).sort()).toEqual(
      Array.from({ length: 40 }, (_, i) => `X-${i + 1}`).sort(),
    );
    const x7 = await db.prisma.surveyResponse.findFirst({
      where: { surveyId, respondentRef: "X-7" },
      include: { answers: { include: { question: true } } },
    });
    expect(x7?.respondedAt).toEqual(new Date("2026-10-12T00:07:00Z"));
    const answers = x7?.answers.map((a) => [a.question.code, a.positive]).sort();
    expect(answers).toEqual([
      ["A1", true],
      ["S1", false],
    ]);
    const audit = await db.prisma.auditEvent.findFirst({ where: { action: "import_responses" } });
    expect(audit).toMatchObject({
      entityType: "survey",
      entityId: surveyId,
      actorId: fx.actors.coordinator.id,
      at: NOW,
    });
    expect(audit?.after).toMatchObject({ fileName: "十月入户.xlsx", responses: 40, answers: 74 });

    // A1: 30 + the hand-entered H-001 = 31 of 41; S1: 10 of 34.
    const rates = await fx.as("leader").rates({ surveyId });
    expect(rates.questions.map((q) => [q.code, q.rate.n])).toEqual([
      ["A1", 41],
      ["S1", 34],
    ]);
    expect(rates.questions[1]?.rate).toMatchObject({ status: "ok", positive: 10 });
  });

  it("stores a valid CSV, and refuses the same file a second time as duplicates", async () => {
    const file = csvBase64([
      ["调查时间", "受访者编号", "S1", "A1"],
      ["2026/10/20 10:00", "C-1", "是", "空"],
      ["2026-10-20", "C-2", "", "yes"],
    ]);
    expect(await fx.as("admin").import({ surveyId, format: "csv", content: file })).toEqual({
      ok: true,
      responses: 2,
      answers: 2,
    });
    const again = await fx.as("admin").import({ surveyId, format: "csv", content: file });
    expect(again.ok ? [] : again.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, "受访者编号", "survey.respondent_exists"],
      [3, "受访者编号", "survey.respondent_exists"],
    ]);
  });

  it("stores a file of 4,500 respondents across its insert chunks, every answer in place", async () => {
    // Chunks of 2,000 responses (survey-import.ts): 2,000 + 2,000 + 500. Respondent i answers
    // A1 yes when i is even, no when odd; S1 yes when i % 3 = 0, blank otherwise:
    // 4,500 A1 answers (2,250 yes) + 1,500 S1 answers (all yes) = 6,000.
    const before = await stored();
    const rows = [["受访者编号", "调查时间", "A1", "S1"]];
    for (let i = 1; i <= 4_500; i++)
      rows.push([`B-${i}`, "2026-10-21 09:00", i % 2 === 0 ? "是" : "否", i % 3 === 0 ? "是" : ""]);
    const result = await fx.as("coordinator").import({
      surveyId,
      format: "csv",
      content: csvBase64(rows),
    });
    expect(result).toEqual({ ok: true, responses: 4_500, answers: 6_000 });
    expect(await stored()).toEqual({
      responses: before.responses + 4_500,
      answers: before.answers + 6_000,
      audit: before.audit + 1,
    });
    // The last chunk's last respondent, and one on a chunk's edge, with their own answers.
    for (const [ref, expected] of [
      [
        "B-4500",
        [
          ["A1", true],
          ["S1", true],
        ],
      ],
      [
        "B-2001",
        [
          ["A1", false],
          ["S1", true],
        ],
      ],
      ["B-2000", [["A1", true]]],
    ] as const) {
      const response = await db.prisma.surveyResponse.findFirst({
        where: { surveyId, respondentRef: ref },
        include: { answers: { include: { question: true } } },
      });
      expect(response?.answers.map((a) => [a.question.code, a.positive]).sort(), ref).toEqual(
        expected,
      );
      expect(response?.respondedAt).toEqual(new Date("2026-10-21T01:00:00Z"));
    }
  });
});
