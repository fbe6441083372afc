import { DomainError } from "@cw/domain";
import { readTableRows } from "../tables/read-table.ts";
import { workbookTooBigError } from "../tables/xlsx-process.ts";

/**
 * An uploaded sheet's rows of cell texts, header first, to `onRow` one at a time, so one pure
 * check in the domain (surveyImportChecker) serves both formats and a 20,000-row file is never
 * held whole in the server. Only the first worksheet of a workbook is read. Any file that
 * yields no table — not a workbook, a CSV quote never closed — is unreadable, but for a
 * workbook too big to read within its reader's memory, which says so.
 */
export async function readSurveyRows(
  bytes: Buffer,
  format: "xlsx" | "csv",
  onRow: (cells: string[], row: number) => void,
): Promise<void> {
  const read = await readTableRows(bytes, format, (cells, index) => onRow(cells, index + 1));
  if (!read.ok && read.problem === "too_big") throw workbookTooBigError();
  if (!read.ok) throw new DomainError("bad_request", "survey.file_unreadable");
}
