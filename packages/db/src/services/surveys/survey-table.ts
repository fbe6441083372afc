import { DomainError } from "@cw/domain";
import { readTable } from "../tables/read-table.ts";

/**
 * An uploaded sheet as rows of cell texts, header first, so one pure check in the domain
 * (checkSurveyImport) serves both formats. Only the first worksheet of a workbook is read.
 * Any file that yields no table — not a workbook, a CSV quote never closed — is unreadable.
 */
export async function readSurveyTable(bytes: Buffer, format: "xlsx" | "csv"): Promise<string[][]> {
  const read = await readTable(bytes, format);
  if (!read.ok) throw new DomainError("bad_request", "survey.file_unreadable");
  return read.rows;
}
