// Import and export of whole assessment systems as Excel workbooks and CSV files.
export { parseCsv, writeCsv } from "./csv.ts";
export { exportAssessmentTree, exportTreeRows } from "./tree-export.ts";
export { importAssessmentTree } from "./tree-import.ts";
export { newTreeRecords, type TreeRecords } from "./tree-records.ts";
export { readXlsx, writeXlsx } from "./xlsx.ts";
