import type ExcelJSModule from "exceljs";

/**
 * exceljs, loaded on first use: ~20 MB of a server's memory that only the exports need
 * (imports read workbooks in a child process of their own, xlsx-process.ts; decision 0030).
 */
export async function loadExcelJS(): Promise<typeof ExcelJSModule> {
  return (await import("exceljs")).default;
}
