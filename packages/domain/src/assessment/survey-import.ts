import type { MessageKey } from "../messages.ts";
import {
  parseRespondedAt,
  parseSurveyAnswer,
  RESPONDED_AT_COLUMN,
  RESPONDENT_COLUMN,
  SURVEY_FIXED_COLUMNS,
  surveyColumnLetter,
  withinSurveyPeriod,
} from "./survey-import-values.ts";
import type { SurveyImportIssue } from "./survey-response-schemas.ts";

/** A survey with about 1,000 households fits many times over; more is surely a wrong file. */
export const SURVEY_IMPORT_MAX_ROWS = 20_000;
/** Enough to fix a file by; a file with more problems is usually the wrong file altogether. */
export const SURVEY_IMPORT_MAX_ISSUES = 1_000;

export interface SurveyImportRow {
  /** The spreadsheet row number (header = 1). */
  row: number;
  respondentRef: string;
  respondedAt: Date;
  /**
   * One mark per question column, in `SurveyImportCheck.questionCodes`' order: `y` positive,
   * `n` negative, `.` blank (blanks are not stored). A string, not an object per answer: a
   * 20,000 × 80 file is 1.6 million answers, which as objects outgrew the server's heap cap.
   */
  answers: string;
}

export interface SurveyImportCheck {
  /** The survey's question codes in the file's column order: what `answers` marks. */
  questionCodes: string[];
  rows: SurveyImportRow[];
  issues: SurveyImportIssue[];
  /** More issues were found than `issues` holds. */
  truncated: boolean;
}

interface ImportTarget {
  questionCodes: readonly string[];
  periodStart: string;
  periodEnd: string;
  /** Respondent numbers already stored for the survey: entering one twice is refused. */
  existingRefs?: ReadonlySet<string>;
}

/** A row's answered questions, for the code that stores them. */
export function surveyRowAnswers(
  questionCodes: readonly string[],
  answers: string,
): { questionCode: string; positive: boolean }[] {
  const answered: { questionCode: string; positive: boolean }[] = [];
  for (const [i, code] of questionCodes.entries()) {
    const mark = answers[i];
    if (mark === "y" || mark === "n") answered.push({ questionCode: code, positive: mark === "y" });
  }
  return answered;
}

/**
 * Checks a whole table (first row = header) against a survey, collecting every problem rather
 * than stopping at the first, so a user fixes the file in one pass. Pure: the caller passes
 * the respondent numbers already stored, and writes only when `issues` is empty.
 */
export function checkSurveyImport(table: string[][], target: ImportTarget): SurveyImportCheck {
  const check = surveyImportChecker(target);
  for (const [i, cells] of table.entries()) check.add(cells, i + 1);
  return check.finish();
}

/**
 * The same check a row at a time (`add` the header as row 1, then each row in order), so a
 * file need not be held whole: the server reads a large one as a stream (readTableRows).
 */
export function surveyImportChecker(target: ImportTarget) {
  // Issues in the order a person reads them: the header's (by column), an empty or too long
  // file, then the rows'; at most SURVEY_IMPORT_MAX_ISSUES kept, every one counted.
  const headerIssues: { index: number; issue: SurveyImportIssue }[] = [];
  let fileIssue: SurveyImportIssue | undefined;
  const rowIssues: SurveyImportIssue[] = [];
  let rowIssuesFound = 0;
  let columns: Columns | undefined;
  /** Unnamed header columns, and whether any row has data in them. */
  const unnamed = new Map<number, boolean>();
  let dataRows = 0;
  const rows: SurveyImportRow[] = [];
  const firstRowOf = new Map<string, number>();

  const addRow = (cols: Columns, row: number, cells: string[]) => {
    const cell = (index: number | undefined) => (index === undefined ? "" : (cells[index] ?? ""));
    const before = rowIssuesFound;
    const report = (column: string | null, key: MessageKey, params = {}) => {
      rowIssuesFound++;
      if (rowIssues.length < SURVEY_IMPORT_MAX_ISSUES) rowIssues.push({ row, column, key, params });
    };
    // Problems are reported under the header as the file has it (受访者编号 or respondentRef).
    const refColumn = cols.names.respondentRef;
    const timeColumn = cols.names.respondedAt;

    const ref = cell(cols.respondentRef).trim();
    if (cols.respondentRef !== undefined) {
      if (!ref) report(refColumn, "field.required");
      else if (ref.length > 64) report(refColumn, "field.too_long");
      else if (target.existingRefs?.has(ref))
        report(refColumn, "survey.respondent_exists", { respondentRef: ref });
      else if (firstRowOf.has(ref))
        report(refColumn, "survey.duplicate_respondent_in_file", {
          respondentRef: ref,
          firstRow: firstRowOf.get(ref) as number,
        });
      else firstRowOf.set(ref, row);
    }

    const timeText = cell(cols.respondedAt);
    const respondedAt = parseRespondedAt(timeText);
    if (cols.respondedAt !== undefined) {
      if (!timeText.trim()) report(timeColumn, "field.required");
      else if (!respondedAt) report(timeColumn, "survey.invalid_time", { value: timeText });
      else if (!withinSurveyPeriod(respondedAt, target.periodStart, target.periodEnd))
        report(timeColumn, "survey.outside_period", {
          start: target.periodStart,
          end: target.periodEnd,
        });
    }

    // Joined once, flat: 80 concatenations would leave a rope of 80 pieces per row (~2.5 kB).
    const marks: string[] = [];
    for (const { header, index } of cols.questions) {
      const value = parseSurveyAnswer(cell(index));
      if (value === undefined)
        report(header, "survey.invalid_answer", { value: cell(index).trim() });
      marks.push(value === true ? "y" : value === false ? "n" : ".");
    }
    const answers = marks.join("");
    if (rowIssuesFound === before && respondedAt)
      rows.push({ row, respondentRef: ref, respondedAt, answers });
  };

  return {
    /** Row `row` of the file (1 = the header). */
    add(cells: string[], row: number): void {
      if (!columns) {
        columns = readHeader(cells, target.questionCodes, (index, issue) => {
          if (issue) headerIssues.push({ index, issue });
          else unnamed.set(index, false);
        });
        return;
      }
      for (const [index, seen] of unnamed)
        if (!seen && (cells[index] ?? "").trim() !== "") unnamed.set(index, true);
      if (!cells.some((c) => c.trim() !== "")) return; // blank rows, trailing ones too
      dataRows++;
      if (dataRows > SURVEY_IMPORT_MAX_ROWS) {
        if (dataRows === SURVEY_IMPORT_MAX_ROWS + 1)
          fileIssue = {
            row,
            column: null,
            key: "survey.import_too_many_rows",
            params: { max: SURVEY_IMPORT_MAX_ROWS },
          };
        return;
      }
      addRow(columns, row, cells);
    },
    finish(): SurveyImportCheck {
      if (!columns)
        columns = readHeader([], target.questionCodes, (index, issue) => {
          if (issue) headerIssues.push({ index, issue });
        });
      for (const [index, hasData] of unnamed)
        if (hasData)
          headerIssues.push({
            index,
            issue: {
              row: 1,
              column: surveyColumnLetter(index),
              key: "survey.import_unnamed_column",
              params: {},
            },
          });
      if (dataRows === 0)
        fileIssue = { row: 2, column: null, key: "survey.import_empty", params: {} };
      // Stable: the header's issues by column, the missing columns' (index Infinity) after.
      headerIssues.sort((a, b) => (a.index === b.index ? 0 : a.index < b.index ? -1 : 1));
      const all = [
        ...headerIssues.map((h) => h.issue),
        ...(fileIssue ? [fileIssue] : []),
        ...rowIssues,
      ];
      const found = headerIssues.length + (fileIssue ? 1 : 0) + rowIssuesFound;
      return {
        questionCodes: columns.questions.map((q) => q.code),
        rows,
        issues: all.slice(0, SURVEY_IMPORT_MAX_ISSUES),
        truncated: found > SURVEY_IMPORT_MAX_ISSUES,
      };
    },
  };
}

interface Columns {
  respondentRef?: number;
  respondedAt?: number;
  names: { respondentRef: string; respondedAt: string };
  questions: { code: string; header: string; index: number }[];
}

/**
 * Maps header cells to fields and question codes (codes match regardless of case). A blank
 * header cell is reported as `issue` undefined: it is a problem only if a row has data under it.
 */
function readHeader(
  header: string[],
  questionCodes: readonly string[],
  report: (index: number, issue?: SurveyImportIssue) => void,
): Columns {
  const issue = (column: string, key: MessageKey): SurveyImportIssue => ({
    row: 1,
    column,
    key,
    params: {},
  });
  const codeOf = new Map(questionCodes.map((c) => [c.toUpperCase(), c]));
  const columns: Columns = {
    questions: [],
    names: { respondentRef: RESPONDENT_COLUMN, respondedAt: RESPONDED_AT_COLUMN },
  };
  const seen = new Set<string>();
  for (const [index, raw] of header.entries()) {
    const name = raw.trim();
    if (!name) {
      report(index);
      continue;
    }
    const fixed = SURVEY_FIXED_COLUMNS[name] ?? SURVEY_FIXED_COLUMNS[name.toLowerCase()];
    const code = codeOf.get(name.toUpperCase());
    const key = fixed ?? code;
    if (key && seen.has(key)) {
      report(index, issue(name, "survey.import_duplicate_column"));
      continue;
    }
    if (key) seen.add(key);
    if (fixed) {
      columns[fixed] = index;
      columns.names[fixed] = name;
    } else if (code) columns.questions.push({ code, header: name, index });
    else report(index, issue(name, "survey.import_unknown_column"));
  }
  const missing = (column: string) =>
    report(Number.POSITIVE_INFINITY, issue(column, "survey.import_missing_column"));
  if (columns.respondentRef === undefined) missing(RESPONDENT_COLUMN);
  if (columns.respondedAt === undefined) missing(RESPONDED_AT_COLUMN);
  for (const code of questionCodes) if (!seen.has(code)) missing(code);
  return columns;
}
