import { SHANGHAI_OFFSET_MS, shanghaiDate } from "../shanghai-time.ts";
import { parseYesNo } from "../yes-no.ts";

/** Header names of the two fixed columns, Chinese as on the paper form, or the field name. */
export const RESPONDENT_COLUMN = "受访者编号";
export const RESPONDED_AT_COLUMN = "调查时间";
export const SURVEY_FIXED_COLUMNS: Record<string, "respondentRef" | "respondedAt"> = {
  [RESPONDENT_COLUMN]: "respondentRef",
  respondentref: "respondentRef",
  [RESPONDED_AT_COLUMN]: "respondedAt",
  respondedat: "respondedAt",
};

/**
 * An answer cell: yes/no as every import reads it (是/1/yes/TRUE → true, 否/0/no/FALSE →
 * false), empty or 空 → null (not answered), anything else → undefined (an error to report:
 * guessing would skew the rate).
 */
export function parseSurveyAnswer(cell: string): boolean | null | undefined {
  return cell.trim() === "空" ? null : parseYesNo(cell);
}

const LOCAL_TIME =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:\.\d+)?)?)?$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A survey time as people type it (2026-10-01 09:30, 2026/10/1, 2026年10月1日 9:30) in
 * Beijing time, or an ISO 8601 instant with its zone. A date alone means 00:00 that day.
 * Returns undefined for anything else, including impossible dates such as 2026-02-30.
 */
export function parseRespondedAt(cell: string): Date | undefined {
  const text = cell.trim();
  if (WITH_ZONE.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : new Date(ms);
  }
  const m = LOCAL_TIME.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => Number(part ?? 0));
  const wall = Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
  const check = new Date(wall);
  // Date.UTC rolls 02-30 over to 03-02 and 24:00 to the next day; refuse instead.
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== (mo as number) - 1 ||
    check.getUTCDate() !== d ||
    check.getUTCHours() !== h ||
    check.getUTCMinutes() !== mi
  )
    return undefined;
  return new Date(wall - SHANGHAI_OFFSET_MS);
}

/** Whether an instant falls on a Beijing calendar day within [start, end] (YYYY-MM-DD). */
export function withinSurveyPeriod(at: Date, start: string, end: string): boolean {
  const day = shanghaiDate(at);
  return day >= start && day <= end;
}

/** The spreadsheet letter of a 0-based column index (0 → A, 26 → AA), for unnamed columns. */
export function surveyColumnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
