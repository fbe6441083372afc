// Table files (xlsx, CSV) as every import reads them and every export writes CSV.
export { cellText } from "./cell-text.ts";
export { readTable, type TableFormat, type TableRead } from "./read-table.ts";
export { writeCsv } from "./write-csv.ts";
