import type ExcelJSModule from "exceljs";

/**
 * exceljs, loaded on first use: ~20 MB of a server's memory that only imports and exports
 * need (docs/performance.md, "Memory").
 */
export async function loadExcelJS(): Promise<typeof ExcelJSModule> {
  return (await import("exceljs")).default;
}
