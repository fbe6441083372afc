import { DomainError } from "@cw/domain";
import { readTable } from "../tables/read-table.ts";
import { workbookTooBigError } from "../tables/xlsx-process.ts";

/**
 * An uploaded sheet as rows of cell texts, header first, so one pure check in the domain
 * (checkSurveyImport) serves both formats. Only the first worksheet of a workbook is read.
 * Any file that yields no table — not a workbook, a CSV quote never closed — is unreadable,
 * but for a workbook too big to read within its thread's memory, which says so.
 */
export async function readSurveyTable(bytes: Buffer, format: "xlsx" | "csv"): Promise<string[][]> {
  const read = await readTable(bytes, format);
  if (!read.ok && read.problem === "too_big") throw workbookTooBigError();
  if (!read.ok) throw new DomainError("bad_request", "survey.file_unreadable");
  return read.rows;
}
