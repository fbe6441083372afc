import { CsvError, type Options, parse } from "csv-parse";
import { cellText } from "./cell-text.ts";
import { readXlsxRows } from "./xlsx-process.ts";

export type TableFormat = "xlsx" | "csv";

/**
 * A file's table, or why there is none. Each import turns a problem into its own message:
 * the file is not a workbook (or not text), a workbook needs more memory to read than its
 * reader may take (xlsx-process.ts), or a CSV quote opened on `row` never closes.
 */
export type TableRead =
  | { ok: true; rows: string[][] }
  | { ok: false; problem: "unreadable" }
  | { ok: false; problem: "too_big" }
  | { ok: false; problem: "unclosed_quote"; row: number };

/**
 * The one reader of uploaded tables (assessment trees, sites, survey responses). Rows of cell
 * texts (`cellText`) from row 1, so index + 1 is the row number Excel shows; every row as wide
 * as the widest, blank rows kept so the numbers stay right.
 *
 * - xlsx: the sheet named `sheet` if given and present, else the first sheet, read in a child
 *   process with its own heap limit (decision 0030).
 * - csv: UTF-8 with or without a byte-order mark; bytes that are not valid UTF-8 are read as
 *   GB18030, which Excel on Chinese Windows writes for "CSV (逗号分隔)". Parsed by csv-parse
 *   (docs/decisions/0009-one-table-reader.md).
 */
export async function readTable(
  bytes: Uint8Array,
  format: TableFormat,
  options: { sheet?: string } = {},
): Promise<TableRead> {
  const rows: string[][] = [];
  const read = await readTableRows(bytes, format, (cells) => void rows.push(cells), options);
  return read.ok ? { ok: true, rows: rectangular(rows) } : read;
}

/** What readTableRows found wrong, or that it read every row. */
export type TableRowsRead = { ok: true } | Exclude<TableRead, { ok: true }>;

/**
 * The same rows, one at a time (`index` 0 is row 1), for a file too large to hold as a table
 * of strings in the server (a survey's 20,000 × 80 answers): an xlsx's rows come from its
 * reader process a batch at a time, a CSV's from csv-parse's stream. Rows are as wide as the
 * sheet (xlsx) or as the line (CSV); `onRow` reads a missing cell as blank.
 */
export async function readTableRows(
  bytes: Uint8Array,
  format: TableFormat,
  onRow: (cells: string[], index: number) => void,
  options: { sheet?: string } = {},
): Promise<TableRowsRead> {
  let index = 0;
  if (format === "xlsx")
    return readXlsxRows(bytes, options.sheet, (rows) => {
      for (const row of rows) onRow(row.map(cellText), index++);
    });
  try {
    const parser = parse(CSV_OPTIONS);
    parser.end(decodeText(bytes));
    for await (const record of parser) onRow(record as string[], index++);
    return { ok: true };
  } catch (error) {
    if (error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED")
      // `records` counts the rows read before the one whose quote opened.
      return { ok: false, problem: "unclosed_quote", row: Number(error.records ?? 0) + 1 };
    return { ok: false, problem: "unreadable" };
  }
}

const CSV_OPTIONS: Options = {
  // Excel writes CRLF; files edited elsewhere may end lines with LF or CR, even mixed.
  record_delimiter: ["\r\n", "\n", "\r"],
  // Rows of any width, and a quote inside an unquoted field kept as typed (5"3).
  relax_column_count: true,
  relax_quotes: true,
  // A blank line is a row, so later rows keep the numbers a person sees.
  skip_empty_lines: false,
};

/** UTF-8 first (the decoder drops a byte-order mark); not valid UTF-8 → GB18030. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function rectangular(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) =>
    row.length === width ? row : [...row, ...Array<string>(width - row.length).fill("")],
  );
}
