import { describe, expect, it } from "vitest";
import { checkSurveyImport, surveyRowAnswers } from "../src/assessment/survey-import.ts";
import {
  parseRespondedAt,
  parseSurveyAnswer,
  surveyColumnLetter,
} from "../src/assessment/survey-import-values.ts";

const target = { questionCodes: ["Q1", "Q2"], periodStart: "2026-10-01", periodEnd: "2026-10-31" };

describe("survey import values", () => {
  it("reads 是/否/1/0/yes/no and blanks, and refuses anything else", () => {
    expect(["是", "1", "YES", " yes "].map(parseSurveyAnswer)).toEqual([true, true, true, true]);
    expect(["否", "0", "No"].map(parseSurveyAnswer)).toEqual([false, false, false]);
    expect(["", "  ", "空"].map(parseSurveyAnswer)).toEqual([null, null, null]);
    expect(["2", "maybe", "对"].map(parseSurveyAnswer)).toEqual([undefined, undefined, undefined]);
  });

  it("reads times as Beijing time unless they carry a zone", () => {
    expect(parseRespondedAt("2026-10-01 09:30")).toEqual(new Date("2026-10-01T01:30:00Z"));
    expect(parseRespondedAt("2026/10/1")).toEqual(new Date("2026-09-30T16:00:00Z"));
    expect(parseRespondedAt("2026年10月1日 9:30:15")).toEqual(new Date("2026-10-01T01:30:15Z"));
    expect(parseRespondedAt("2026-10-01T09:30:00+08:00")).toEqual(new Date("2026-10-01T01:30:00Z"));
    for (const bad of ["2026-02-30", "2026-10-01 24:00", "tomorrow", "10/01/2026"])
      expect(parseRespondedAt(bad), bad).toBeUndefined();
  });

  it("names columns as a spreadsheet does", () => {
    expect([0, 25, 26, 27, 701].map(surveyColumnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ"]);
  });
});

describe("checkSurveyImport", () => {
  it("reads a valid table, header aliases and codes in any case, skipping blank rows", () => {
    const check = checkSurveyImport(
      [
        ["respondentRef", "调查时间", "q2", "Q1"],
        ["R1", "2026-10-02 10:00", "否", "是"],
        ["", "", "", ""],
        ["R2", "2026-10-03", "", "1"],
      ],
      target,
    );
    expect(check.issues).toEqual([]);
    expect(check.questionCodes).toEqual(["Q2", "Q1"]);
    expect(check.rows).toEqual([
      {
        row: 2,
        respondentRef: "R1",
        respondedAt: new Date("2026-10-02T02:00:00Z"),
        answers: "ny",
      },
      {
        row: 4,
        respondentRef: "R2",
        respondedAt: new Date("2026-10-02T16:00:00Z"),
        answers: ".y",
      },
    ]);
    expect(surveyRowAnswers(check.questionCodes, "ny")).toEqual([
      { questionCode: "Q2", positive: false },
      { questionCode: "Q1", positive: true },
    ]);
    expect(surveyRowAnswers(check.questionCodes, ".y")).toEqual([
      { questionCode: "Q1", positive: true },
    ]);
  });

  it("reports every bad header, row and cell with its row number and column", () => {
    const check = checkSurveyImport(
      [
        ["受访者编号", "Q1", "Q9", "Q1", ""],
        ["R1", "maybe", "", "", "x"],
        ["R1", "1", "", "", ""],
        ["", "2", "", "", ""],
      ],
      target,
    );
    expect(check.issues.map((i) => [i.row, i.column, i.key])).toEqual([
      [1, "Q9", "survey.import_unknown_column"],
      [1, "Q1", "survey.import_duplicate_column"],
      [1, "E", "survey.import_unnamed_column"],
      [1, "调查时间", "survey.import_missing_column"],
      [1, "Q2", "survey.import_missing_column"],
      [2, "Q1", "survey.invalid_answer"],
      [3, "受访者编号", "survey.duplicate_respondent_in_file"],
      [4, "受访者编号", "field.required"],
      [4, "Q1", "survey.invalid_answer"],
    ]);
    expect(check.issues[6]?.params).toEqual({ respondentRef: "R1", firstRow: 2 });
    expect(check.rows).toHaveLength(0);
  });

  it("names a fixed column as the file does, and refuses respondents already stored", () => {
    const check = checkSurveyImport(
      [
        ["respondentRef", "respondedAt", "Q1", "Q2"],
        ["", "2026-10-02", "1", "1"],
        ["R7", "2026-10-02", "1", "1"],
      ],
      { ...target, existingRefs: new Set(["R7"]) },
    );
    expect(check.issues.map((i) => [i.row, i.column, i.key])).toEqual([
      [2, "respondentRef", "field.required"],
      [3, "respondentRef", "survey.respondent_exists"],
    ]);
  });

  it("refuses times it cannot read or outside the survey period, and an empty file", () => {
    const check = checkSurveyImport(
      [
        ["受访者编号", "调查时间", "Q1", "Q2"],
        ["R1", "soon", "1", "1"],
        ["R2", "2026-11-01 00:00", "1", "1"],
        ["R3", "2026-10-31 23:59", "1", "1"],
      ],
      target,
    );
    expect(check.issues.map((i) => [i.row, i.key])).toEqual([
      [2, "survey.invalid_time"],
      [3, "survey.outside_period"],
    ]);
    expect(check.rows.map((r) => r.respondentRef)).toEqual(["R3"]);
    const empty = checkSurveyImport([["受访者编号", "调查时间", "Q1", "Q2"]], target);
    expect(empty.issues).toEqual([
      { row: 2, column: null, key: "survey.import_empty", params: {} },
    ]);
  });
});
