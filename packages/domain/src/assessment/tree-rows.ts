import type { MessageKey } from "../messages.ts";
import { normalizeWord } from "./tree-vocabulary.ts";

// The flat row form of a whole system: one spreadsheet row per node or standard, the same for
// Excel and CSV. Cells stay raw strings here; the validator parses them and says what is wrong.

export const TREE_COLUMNS = [
  "level",
  "code",
  "parentCode",
  "title",
  "points",
  "methods",
  "siteTypes",
  "negativeList",
] as const;
export type TreeColumn = (typeof TREE_COLUMNS)[number];

/** The sheet a workbook is written with and looked for first. */
export const TREE_SHEET_NAME = "测评体系";

/** Headers as the export writes them (Chinese) and as the import also accepts them (English). */
export const TREE_HEADERS: Record<TreeColumn, { zh: string; en: string; aliases: string[] }> = {
  level: { zh: "层级", en: "Level", aliases: [] },
  code: { zh: "编号", en: "Code", aliases: ["序号"] },
  parentCode: { zh: "上级编号", en: "Parent code", aliases: ["parent"] },
  title: { zh: "名称/内容", en: "Title", aliases: ["名称", "内容", "title/text", "text"] },
  points: { zh: "分值", en: "Points", aliases: ["分数"] },
  methods: { zh: "测评方法", en: "Methods", aliases: ["method"] },
  siteTypes: { zh: "适用点位类型", en: "Site types", aliases: ["点位类型", "site type"] },
  negativeList: { zh: "负面清单", en: "Negative list", aliases: ["negative"] },
};

/** Columns a file must have; the others may be left out (e.g. a tree without site types). */
export const REQUIRED_TREE_COLUMNS: readonly TreeColumn[] = [
  "level",
  "code",
  "parentCode",
  "title",
];

/** The label of each column in the catalogue, for error messages. */
export const TREE_COLUMN_LABEL_KEYS: Record<TreeColumn, MessageKey> = {
  level: "assessment.column.level",
  code: "assessment.column.code",
  parentCode: "assessment.column.parent_code",
  title: "assessment.column.title",
  points: "assessment.column.points",
  methods: "assessment.column.methods",
  siteTypes: "assessment.column.site_types",
  negativeList: "assessment.column.negative_list",
};

export type TreeRow = { row: number } & Record<TreeColumn, string>;

/** One problem in one cell. Row numbers are the spreadsheet's (the header is row 1). */
export interface TreeRowError {
  row: number;
  column: TreeColumn;
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

/** A file larger than this many rows is refused before anything else is checked. */
export const MAX_TREE_ROWS = 5000;

function columnOf(header: string): TreeColumn | undefined {
  const word = normalizeWord(header);
  if (word === "") return undefined;
  return TREE_COLUMNS.find((column) => {
    const { zh, en, aliases } = TREE_HEADERS[column];
    return [column, zh, en, ...aliases].some((name) => normalizeWord(name) === word);
  });
}

/**
 * Reads the header row and the data rows (row 2 onwards) into the flat form. Columns are
 * found by name, in any order; a missing required column is an error on the header row, and
 * rows with every cell empty are skipped.
 */
export function rowsFromTable(table: readonly (readonly string[])[]): {
  rows: TreeRow[];
  errors: TreeRowError[];
} {
  const header = table[0] ?? [];
  const index = new Map<TreeColumn, number>();
  header.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && !index.has(column)) index.set(column, i);
  });
  const errors: TreeRowError[] = REQUIRED_TREE_COLUMNS.filter((c) => !index.has(c)).map(
    (column) => ({
      row: 1,
      column,
      messageKey: "assessment.import.missing_column",
      params: { header: TREE_HEADERS[column].zh },
    }),
  );
  const rows: TreeRow[] = [];
  table.slice(1).forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const row = { row: i + 2 } as TreeRow;
    for (const column of TREE_COLUMNS) {
      const at = index.get(column);
      row[column] = at === undefined ? "" : (cells[at] ?? "").trim();
    }
    rows.push(row);
  });
  return { rows, errors };
}

/** The header row and data rows the export writes, in column order. */
export function tableFromRows(rows: readonly Omit<TreeRow, "row">[]): string[][] {
  return [
    TREE_COLUMNS.map((column) => TREE_HEADERS[column].zh),
    ...rows.map((row) => TREE_COLUMNS.map((column) => row[column])),
  ];
}
