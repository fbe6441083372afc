import { DomainError } from "@cw/domain";
import ExcelJS from "exceljs";

/**
 * An uploaded sheet as rows of cell texts, header first, so one pure check in the domain
 * (checkSurveyImport) serves both formats. Only the first worksheet of a workbook is read.
 */
export async function readSurveyTable(bytes: Buffer, format: "xlsx" | "csv"): Promise<string[][]> {
  try {
    return format === "xlsx" ? await readXlsx(bytes) : parseCsv(decodeText(bytes));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable();
  }
}

const unreadable = () => new DomainError("bad_request", "survey.file_unreadable");

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable();
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** A cell's value as a person would have typed it. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  // Excel stores a wall-clock time with no zone; ExcelJS hands it over as that time in UTC,
  // so its UTC fields are what the user saw, and the domain reads them as Beijing time.
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "?" : value.toISOString().slice(0, 19).replace("T", " ");
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("hyperlink" in value) return String(value.text ?? "");
  if ("formula" in value || "sharedFormula" in value)
    return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return "";
}

/**
 * CSV as saved by Excel: UTF-8 (with or without a BOM), or GB18030 — what Chinese Excel
 * writes by default for "CSV (逗号分隔)" — when the bytes are not valid UTF-8.
 */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** RFC 4180: commas, quoted fields with "" for a quote, CRLF, LF or CR line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (quoted) throw unreadable();
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}
