import { z } from "zod";
import { formatMessage, type Locale, type MessageKey } from "../messages.ts";
import { parseYesNo } from "../yes-no.ts";
import { codeSchema } from "./admin-units.ts";
import { latitudeSchema, longitudeSchema, searchText, shortText } from "./common.ts";

// Sites from a spreadsheet (点位导入). The check is pure: the service passes the reference
// lists in, and writes only when no row has a problem.

export const SITE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** A city has a few hundred to a few thousand sites; more is surely the wrong file. */
export const SITE_IMPORT_MAX_ROWS = 10_000;
const MAX_BASE64 = Math.ceil(SITE_IMPORT_MAX_BYTES / 3) * 4;

export const importSitesInputSchema = z.object({
  format: z.enum(["xlsx", "csv"]),
  /** The file's bytes as base64 (tRPC carries JSON). */
  content: z.base64("field.invalid").min(1, "field.required").max(MAX_BASE64, "field.too_long"),
  /** Kept in the audit event, so a later reader knows which file it was. */
  fileName: searchText(255).optional(),
});
export type ImportSitesInput = z.infer<typeof importSitesInputSchema>;

export const importSitesOutputSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), created: z.number().int(), updated: z.number().int() }),
  z.object({
    ok: z.literal(false),
    errors: z.array(
      z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() }),
    ),
  }),
]);
export type ImportSitesOutput = z.infer<typeof importSitesOutputSchema>;

/** Headers as the template has them; English ones are accepted too. */
export const SITE_IMPORT_COLUMNS = {
  code: ["编号", "code"],
  name: ["名称", "name"],
  siteType: ["点位类型", "site type"],
  address: ["地址", "address"],
  latitude: ["纬度", "latitude"],
  longitude: ["经度", "longitude"],
  unit: ["责任单位", "unit"],
  grid: ["网格", "grid"],
  keySite: ["重点点位", "key site"],
} as const;
type Column = keyof typeof SITE_IMPORT_COLUMNS;
const OPTIONAL: readonly Column[] = ["grid", "keySite"];

// This screen's own messages, kept here rather than in the shared catalogue.
const TEXTS = {
  "zh-CN": {
    missing_column: "缺少这一列。",
    empty: "文件中没有点位数据。",
    too_many_rows: "文件超过 {max} 行的上限。",
    duplicate_code: "编号“{value}”与第 {firstRow} 行重复。",
    unknown: "找不到“{value}”。",
    ambiguous: "名称“{value}”对应多条记录，请改填编码。",
    not_number: "“{value}”不是数字。",
    yes_no: "“{value}”无法识别，请填“是”或“否”。",
  },
  en: {
    missing_column: "This column is missing.",
    empty: "The file has no sites.",
    too_many_rows: "The file has more than {max} rows.",
    duplicate_code: 'Code "{value}" repeats row {firstRow}.',
    unknown: '"{value}" was not found.',
    ambiguous: 'Several records are named "{value}"; use the code.',
    not_number: '"{value}" is not a number.',
    yes_no: 'Cannot read "{value}"; use 是/否 or yes/no.',
  },
} as const;
type OwnKey = keyof (typeof TEXTS)["en"];

export interface SiteImportIssue {
  row: number;
  column: string | null;
  key: OwnKey | MessageKey;
  params?: Record<string, string | number>;
}

export function siteImportMessage(issue: SiteImportIssue, locale: Locale): string {
  const own = (TEXTS[locale] as Record<string, string>)[issue.key];
  if (own === undefined) return formatMessage(issue.key as MessageKey, locale, issue.params);
  return own.replace(/\{(\w+)\}/g, (_, n: string) => String(issue.params?.[n] ?? ""));
}

export interface SiteImportRef {
  id: string;
  code: string;
  name: string;
}
export interface SiteImportRefs {
  siteTypes: SiteImportRef[];
  units: SiteImportRef[];
  grids: SiteImportRef[];
}
export interface SiteImportRow {
  row: number;
  code: string;
  name: string;
  siteTypeId: string;
  address: string;
  latitude: number;
  longitude: number;
  responsibleUnitId: string;
  gridId: string | null;
  isKeySite: boolean;
}

/** Checks every row and column, collecting all problems so the file is fixed in one pass. */
export function checkSiteImport(
  table: string[][],
  refs: SiteImportRefs,
): { rows: SiteImportRow[]; issues: SiteImportIssue[] } {
  const issues: SiteImportIssue[] = [];
  const header = (table[0] ?? []).map((h) => h.trim());
  const at = {} as Record<Column, number>;
  for (const [col, names] of Object.entries(SITE_IMPORT_COLUMNS) as [Column, readonly string[]][]) {
    at[col] = header.findIndex((h) => names.includes(h.toLowerCase()));
    if (at[col] < 0 && !OPTIONAL.includes(col))
      issues.push({ row: 1, column: names[0] ?? null, key: "missing_column" });
  }
  if (issues.length) return { rows: [], issues };
  const data = table
    .slice(1)
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ""));
  if (data.length === 0) return { rows: [], issues: [{ row: 2, column: null, key: "empty" }] };
  if (data.length > SITE_IMPORT_MAX_ROWS)
    return {
      rows: [],
      issues: [
        { row: 1, column: null, key: "too_many_rows", params: { max: SITE_IMPORT_MAX_ROWS } },
      ],
    };

  const firstRowOf = new Map<string, number>();
  const rows: SiteImportRow[] = [];
  for (const { row, cells } of data) {
    const before = issues.length;
    const cell = (col: Column) => (at[col] < 0 ? "" : (cells[at[col]] ?? "").trim());
    const fail = (col: Column, key: SiteImportIssue["key"], value = cell(col), more = {}) =>
      issues.push({ row, column: header[at[col]] ?? null, key, params: { value, ...more } });
    const parse = <T>(col: Column, schema: z.ZodType<T>, value: unknown = cell(col)) => {
      const result = schema.safeParse(value);
      if (!result.success) fail(col, result.error.issues[0]?.message as MessageKey);
      return result.data;
    };
    const number = (col: Column, schema: z.ZodType<number>) => {
      const text = cell(col);
      if (text === "") return parse(col, schema, undefined);
      const n = Number(text);
      if (!Number.isFinite(n)) return void fail(col, "not_number");
      return parse(col, schema, n);
    };
    const ref = (col: Column, list: SiteImportRef[]) => {
      const value = cell(col);
      const byCode = list.find((r) => r.code.toLowerCase() === value.toLowerCase());
      if (byCode) return byCode.id;
      const byName = list.filter((r) => r.name === value);
      if (byName.length === 1) return byName[0]?.id;
      if (value === "") return void fail(col, "field.required");
      return void fail(col, byName.length > 1 ? "ambiguous" : "unknown");
    };

    const code = parse("code", codeSchema());
    if (code !== undefined) {
      const first = firstRowOf.get(code.toLowerCase());
      if (first) fail("code", "duplicate_code", code, { firstRow: first });
      else firstRowOf.set(code.toLowerCase(), row);
    }
    const name = parse("name", shortText(100));
    const siteTypeId = ref("siteType", refs.siteTypes);
    const address = parse("address", shortText(200));
    const latitude = number("latitude", latitudeSchema);
    const longitude = number("longitude", longitudeSchema);
    const responsibleUnitId = ref("unit", refs.units);
    const gridId = cell("grid") === "" ? null : ref("grid", refs.grids);
    // A blank cell is 否: most sites are not key sites.
    const flag = parseYesNo(cell("keySite"));
    if (flag === undefined) fail("keySite", "yes_no");
    if (issues.length > before) continue;
    rows.push({
      row,
      code: code as string,
      name: name as string,
      siteTypeId: siteTypeId as string,
      address: address as string,
      latitude: latitude as number,
      longitude: longitude as number,
      responsibleUnitId: responsibleUnitId as string,
      gridId: gridId ?? null,
      isKeySite: flag === true,
    });
  }
  return { rows, issues };
}
