import { DomainError, TREE_COLUMNS, TREE_SHEET_NAME } from "@cw/domain";
import { loadExcelJS } from "../tables/load-exceljs.ts";

// Excel workbooks through exceljs (pure JavaScript, no native build), written from a table of
// strings; only the points column is written as numbers so Excel can sum it. Reading is
// readTable's (../tables/read-table.ts).

const POINTS_COLUMN = TREE_COLUMNS.indexOf("points");
const WIDTHS = [10, 14, 14, 60, 8, 24, 36, 10];

/** A problem with the file as a whole, shown next to the file field. */
export function fileError(key: "assessment.import.unreadable" | "assessment.import.too_large") {
  return new DomainError("bad_request", key, {}, { file: key });
}

export async function writeXlsx(table: readonly (readonly string[])[]): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
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
