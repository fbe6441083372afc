import { DomainError, TREE_COLUMNS, TREE_SHEET_NAME } from "@cw/domain";
import ExcelJS from "exceljs";

// Excel workbooks through exceljs (pure JavaScript, no native build). The table is plain
// strings both ways; only the points column is written as numbers so Excel can sum it.

const POINTS_COLUMN = TREE_COLUMNS.indexOf("points");
const WIDTHS = [10, 14, 14, 60, 8, 24, 36, 10];

/** A problem with the file as a whole, shown next to the file field. */
export function fileError(key: "assessment.import.unreadable" | "assessment.import.too_large") {
  return new DomainError("bad_request", key, {}, { file: key });
}

export async function writeXlsx(table: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TREE_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  table.forEach((cells, i) => {
    const row = sheet.addRow(
      cells.map((cell, c) => (i > 0 && c === POINTS_COLUMN && cell !== "" ? Number(cell) : cell)),
    );
    if (i === 0) row.font = { bold: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The first sheet named 测评体系 (or, failing that, the first sheet) as a table of strings,
 * one array per spreadsheet row from row 1, so an index + 1 is the row number Excel shows.
 */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its own Buffer as an ArrayBuffer; at run time it takes Node's Buffer.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw fileError("assessment.import.unreadable");
  }
  const sheet = workbook.getWorksheet(TREE_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return [];
  const width = sheet.columnCount;
  const table: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

/** What a person sees in a cell: rich text joined, a formula's result, a link's text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    // Excel stores 1.1 as a binary double; drop float noise beyond the two decimals points use.
    const rounded = Math.round(value * 100) / 100;
    return String(Math.abs(rounded - value) < 1e-9 ? rounded : value);
  }
  if (typeof value === "boolean") return value ? "是" : "否";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return cellText(value.text as ExcelJS.CellValue);
  return "";
}
