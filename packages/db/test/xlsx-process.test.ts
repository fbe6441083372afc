import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsxRows } from "../src/services/tables/xlsx-process.ts";

/** The sheet's rows collected from their batches, as `readTable` does. */
async function readXlsxCells(bytes: Buffer, sheet: string | undefined, heapMb?: number) {
  const values: ExcelJS.CellValue[][] = [];
  const read = await readXlsxRows(bytes, sheet, (rows) => void values.push(...rows), heapMb);
  return read.ok ? { ok: true as const, values } : read;
}

/** 10,000 cells of 4,000 characters each, all different: ~40 MB of text in a 0.2 MB file. */
async function longTextWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("答卷");
  for (let r = 0; r < 1000; r++)
    sheet.addRow(Array.from({ length: 10 }, (_, c) => `${"长".repeat(2000)}${r}-${c}`));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("readXlsxRows: a workbook read in a child process of its own", () => {
  it("answers too_big when the workbook needs more heap than the child may take", async () => {
    const bytes = await longTextWorkbook();
    // 10,000 cells are well inside a 48 MB heap's cell budget: it is the heap that runs out.
    expect(await readXlsxCells(bytes, undefined, 48)).toEqual({ ok: false, problem: "too_big" });
    // The same file, with room: every cell, as written.
    const read = await readXlsxCells(bytes, undefined, 512);
    expect(read.ok && read.values.length).toBe(1000);
    expect(read.ok && read.values[999]?.[9]).toBe(`${"长".repeat(2000)}999-9`);
  }, 120_000);

  it("refuses a used range larger than the heap could hold before walking it", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("点位").getCell("XFD1048576").value = "x";
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readXlsxCells(bytes, undefined)).toEqual({ ok: false, problem: "too_big" });
  }, 60_000);
});
