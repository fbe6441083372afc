import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, domainErrorOf } from "./support/caller.ts";
import {
  createImportSurvey,
  createSurveyFixture,
  csvBase64,
  IMPORT_HEADER as HEADER,
  type SurveyFixture,
  storedCounts,
  xlsxBase64,
} from "./support/survey-fixture.ts";

describe.each(testEngines())("survey import, refused, on %s", (kind) => {
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
  const badFile = [
    HEADER,
    ["H-100", "2026-10-08 09:00", "是", "否"], // row 2: fine
    ["H-101", "2026-10-08 09:10", "maybe", "1"], // row 3: unreadable answer
    ["H-102", "10月8日", "是", ""], // row 4: unreadable time
    ["H-100", "2026-10-08 09:30", "否", "2"], // row 5: repeats row 2, bad answer
    ["H-001", "2026-11-02 10:00", "是", "是"], // row 6: stored already, outside the period
  ];

  it("writes nothing from a file with errors and reports each row and column, in Chinese", async () => {
    const before = await stored();
    const result = await fx.as("coordinator").import({
      surveyId,
      format: "csv",
      content: csvBase64(badFile),
    });
    expect(result).toEqual({
      ok: false,
      truncated: false,
      errors: [
        {
          row: 3,
          column: "A1",
          key: "survey.invalid_answer",
          message: expect.stringContaining("“maybe”"),
        },
        {
          row: 4,
          column: "调查时间",
          key: "survey.invalid_time",
          message: expect.stringContaining("“10月8日”"),
        },
        {
          row: 5,
          column: "受访者编号",
          key: "survey.duplicate_respondent_in_file",
          message: "受访者编号“H-100”与第 2 行重复。",
        },
        {
          row: 5,
          column: "S1",
          key: "survey.invalid_answer",
          message: expect.stringContaining("无法识别"),
        },
        {
          row: 6,
          column: "受访者编号",
          key: "survey.respondent_exists",
          message: "受访者编号“H-001”已录入过。",
        },
        {
          row: 6,
          column: "调查时间",
          key: "survey.outside_period",
          message: "调查时间不在本问卷的调查期（2026-10-01 至 2026-10-31）内。",
        },
      ],
    });
    expect(await stored()).toEqual(before);
  });

  it("reports the same problems in English, and bad headers on row 1, from an xlsx", async () => {
    const rows = badFile.map((r) => [...r]);
    rows[0] = ["受访者编号", "调查时间", "A1", "Q9"]; // S1 missing, Q9 unknown
    const result = await fx.as("admin", "en").import({
      surveyId,
      format: "xlsx",
      content: await xlsxBase64(rows),
      fileName: "bad.xlsx",
    });
    if (result.ok) throw new Error("expected errors");
    expect(result.errors.slice(0, 3)).toEqual([
      {
        row: 1,
        column: "Q9",
        key: "survey.import_unknown_column",
        message: "This survey has no question for this column.",
      },
      {
        row: 1,
        column: "S1",
        key: "survey.import_missing_column",
        message: "This column is missing.",
      },
      {
        row: 3,
        column: "A1",
        key: "survey.invalid_answer",
        message: expect.stringContaining('"maybe"'),
      },
    ]);
    expect(result.errors.find((e) => e.row === 5 && e.column === "受访者编号")?.message).toBe(
      'Respondent "H-100" repeats row 2.',
    );
    expect(result.errors.find((e) => e.row === 6 && e.column === "受访者编号")?.message).toBe(
      'Respondent "H-001" has already been entered.',
    );
  });

  it("refuses an unreadable file and an empty one", async () => {
    const garbage = Buffer.from("not a workbook").toString("base64");
    const error = await domainErrorOf(
      fx.as("admin").import({ surveyId, format: "xlsx", content: garbage }),
    );
    expect(error).toMatchObject({ code: "BAD_REQUEST", key: "survey.file_unreadable" });
    const empty = await fx
      .as("admin")
      .import({ surveyId, format: "csv", content: csvBase64([HEADER]) });
    expect(empty).toMatchObject({
      ok: false,
      errors: [{ row: 2, column: null, key: "survey.import_empty" }],
    });
    expect(await codeOf(fx.as("admin").import({ surveyId, format: "csv", content: "%%%" }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("lets only coordinators and admins import", async () => {
    const before = await stored();
    const content = csvBase64([HEADER, ["R-9", "2026-10-09", "1", "1"]]);
    for (const role of ["inspector", "unit_officer", "leader"] as const)
      expect(await codeOf(fx.as(role).import({ surveyId, format: "csv", content })), role).toBe(
        "FORBIDDEN",
      );
    expect(await codeOf(fx.as(null).import({ surveyId, format: "csv", content }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await stored()).toEqual(before);
  });
});
