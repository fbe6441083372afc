// Import and export of whole assessment systems as Excel workbooks and CSV files.
export { writeCsv } from "../tables/write-csv.ts";
export { exportAssessmentTree, exportTreeRows } from "./tree-export.ts";
export { importAssessmentTree } from "./tree-import.ts";
export { newTreeRecords, type TreeRecords } from "./tree-records.ts";
export { writeXlsx } from "./xlsx.ts";
