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
  /** Answered questions only: blanks are not stored. */
  answers: { questionCode: string; positive: boolean }[];
}

export interface SurveyImportCheck {
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

/**
 * Checks a whole table (first row = header) against a survey, collecting every problem rather
 * than stopping at the first, so a user fixes the file in one pass. Pure: the caller passes
 * the respondent numbers already stored, and writes only when `issues` is empty.
 */
export function checkSurveyImport(table: string[][], target: ImportTarget): SurveyImportCheck {
  const issues: SurveyImportIssue[] = [];
  let found = 0;
  const report = (row: number, column: string | null, key: MessageKey, params = {}) => {
    found++;
    if (issues.length < SURVEY_IMPORT_MAX_ISSUES) issues.push({ row, column, key, params });
  };

  const columns = readHeader(table, target.questionCodes, report);
  const dataRows = table
    .slice(1)
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== "")); // trailing blank rows
  if (dataRows.length === 0) report(2, null, "survey.import_empty");
  const firstExcess = dataRows[SURVEY_IMPORT_MAX_ROWS];
  if (firstExcess)
    report(firstExcess.row, null, "survey.import_too_many_rows", { max: SURVEY_IMPORT_MAX_ROWS });

  // Problems are reported under the header as the file has it (受访者编号 or respondentRef).
  const refColumn = columns.names.respondentRef;
  const timeColumn = columns.names.respondedAt;
  const rows: SurveyImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of dataRows.slice(0, SURVEY_IMPORT_MAX_ROWS)) {
    const cell = (index: number | undefined) => (index === undefined ? "" : (cells[index] ?? ""));
    const before = found;

    const ref = cell(columns.respondentRef).trim();
    if (columns.respondentRef !== undefined) {
      if (!ref) report(row, refColumn, "field.required");
      else if (ref.length > 64) report(row, refColumn, "field.too_long");
      else if (target.existingRefs?.has(ref))
        report(row, refColumn, "survey.respondent_exists", { respondentRef: ref });
      else if (firstRowOf.has(ref))
        report(row, refColumn, "survey.duplicate_respondent_in_file", {
          respondentRef: ref,
          firstRow: firstRowOf.get(ref) as number,
        });
      else firstRowOf.set(ref, row);
    }

    const timeText = cell(columns.respondedAt);
    const respondedAt = parseRespondedAt(timeText);
    if (columns.respondedAt !== undefined) {
      if (!timeText.trim()) report(row, timeColumn, "field.required");
      else if (!respondedAt) report(row, timeColumn, "survey.invalid_time", { value: timeText });
      else if (!withinSurveyPeriod(respondedAt, target.periodStart, target.periodEnd))
        report(row, timeColumn, "survey.outside_period", {
          start: target.periodStart,
          end: target.periodEnd,
        });
    }

    const answers: SurveyImportRow["answers"] = [];
    for (const { code, header, index } of columns.questions) {
      const value = parseSurveyAnswer(cell(index));
      if (value === undefined)
        report(row, header, "survey.invalid_answer", { value: cell(index).trim() });
      else if (value !== null) answers.push({ questionCode: code, positive: value });
    }
    if (found === before && respondedAt)
      rows.push({ row, respondentRef: ref, respondedAt, answers });
  }
  return { rows, issues, truncated: found > issues.length };
}

interface Columns {
  respondentRef?: number;
  respondedAt?: number;
  names: { respondentRef: string; respondedAt: string };
  questions: { code: string; header: string; index: number }[];
}

/** Maps header cells to fields and question codes (codes match regardless of case). */
function readHeader(
  table: string[][],
  questionCodes: readonly string[],
  report: (row: number, column: string | null, key: MessageKey, params?: object) => void,
): Columns {
  const header = table[0] ?? [];
  const codeOf = new Map(questionCodes.map((c) => [c.toUpperCase(), c]));
  const columns: Columns = {
    questions: [],
    names: { respondentRef: RESPONDENT_COLUMN, respondedAt: RESPONDED_AT_COLUMN },
  };
  const seen = new Set<string>();
  for (const [index, raw] of header.entries()) {
    const name = raw.trim();
    if (!name) {
      const hasData = table.slice(1).some((cells) => (cells[index] ?? "").trim() !== "");
      if (hasData) report(1, surveyColumnLetter(index), "survey.import_unnamed_column");
      continue;
    }
    const fixed = SURVEY_FIXED_COLUMNS[name] ?? SURVEY_FIXED_COLUMNS[name.toLowerCase()];
    const code = codeOf.get(name.toUpperCase());
    const key = fixed ?? code;
    if (key && seen.has(key)) {
      report(1, name, "survey.import_duplicate_column");
      continue;
    }
    if (key) seen.add(key);
    if (fixed) {
      columns[fixed] = index;
      columns.names[fixed] = name;
    } else if (code) columns.questions.push({ code, header: name, index });
    else report(1, name, "survey.import_unknown_column");
  }
  if (columns.respondentRef === undefined)
    report(1, RESPONDENT_COLUMN, "survey.import_missing_column");
  if (columns.respondedAt === undefined)
    report(1, RESPONDED_AT_COLUMN, "survey.import_missing_column");
  for (const code of questionCodes)
    if (!seen.has(code)) report(1, code, "survey.import_missing_column");
  return columns;
}
