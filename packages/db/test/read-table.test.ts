import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable, readTableRows } from "../src/services/tables/read-table.ts";

// One logical table, as a workbook with typed cells and as the CSV Excel saves from it: a
// quoted field with a comma and quotes, a cell with a line break (Alt+Enter is LF), boolean
// and date cells, a blank row in the middle, a formula with binary noise, rich text and a link.
const EXPECTED = [
  ["编号", "名称", "备注", "重点", "日期"],
  ["S-001", "人民广场", '北门, "东侧"', "TRUE", "2026-10-08"],
  ["S-002", "火车站", "第一行\n第二行", "FALSE", "2026-10-08 09:30:00"],
  ["", "", "", "", ""],
  ["S-003", "菜市场", "0.3", "是", ""],
];

const CSV =
  '编号,名称,备注,重点,日期\r\nS-001,人民广场,"北门, ""东侧""",TRUE,2026-10-08\r\n' +
  'S-002,火车站,"第一行\n第二行",FALSE,2026-10-08 09:30:00\r\n,,,,\r\nS-003,菜市场,0.3,是,\r\n';

// The same text in GB18030, as Excel on Chinese Windows saves "CSV (逗号分隔)": 编号 is
// b1e0 bac5, 是 is cac7. Not valid UTF-8, so the reader falls back to GB18030.
const GB18030_CSV = Buffer.from(
  "b1e0bac52cc3fbb3c62cb1b8d7a22cd6d8b5e32cc8d5c6da0d0a532d3030312cc8cbc3f1b9e3b3a1" +
    "2c22b1b1c3c52c202222b6abb2e02222222c545255452c323032362d31302d30380d0a532d303032" +
    "2cbbf0b3b5d5be2c22b5dad2bbd0d00ab5dab6fed0d0222c46414c53452c323032362d31302d3038" +
    "2030393a33303a30300d0a2c2c2c2c0d0a532d3030332cb2cbcad0b3a12c302e332ccac72c0d0a",
  "hex",
);

async function workbook(
  sheets: Record<string, ExcelJS.CellValue[][]>,
  dateFormat = "yyyy-mm-dd hh:mm",
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = dateFormat;
      });
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

// Excel keeps wall-clock times with no zone; exceljs gives them as that time in UTC.
const wallClock = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min));

const TYPED: ExcelJS.CellValue[][] = [
  ["编号", "名称", "备注", "重点", "日期"],
  ["S-001", "人民广场", '北门, "东侧"', true, wallClock(2026, 10, 8)],
  [
    "S-002",
    { text: "火车站", hyperlink: "https://example.org/station" },
    "第一行\n第二行",
    false,
    wallClock(2026, 10, 8, 9, 30),
  ],
  [],
  [
    "S-003",
    { richText: [{ text: "菜" }, { font: { bold: true }, text: "市场" }] },
    { formula: "0.1+0.2", result: 0.1 + 0.2 },
    "是",
    null,
  ],
];

describe("readTable: one table, every format", () => {
  it("reads an xlsx with typed cells as the texts Excel shows", async () => {
    expect(0.1 + 0.2).toBe(0.30000000000000004); // the noise the reader drops
    expect(await readTable(await workbook({ 点位: TYPED }), "xlsx")).toEqual({
      ok: true,
      rows: EXPECTED,
    });
  });

  it("reads UTF-8 CSV with and without a byte-order mark, and GB18030 CSV, the same", async () => {
    const withBom = Buffer.from(`\uFEFF${CSV}`, "utf8");
    expect(withBom.subarray(0, 3).toString("hex")).toBe("efbbbf");
    for (const bytes of [Buffer.from(CSV, "utf8"), withBom, GB18030_CSV])
      expect(await readTable(bytes, "csv")).toEqual({ ok: true, rows: EXPECTED });
  });

  it("ends records at CRLF, LF or CR, mixed, and pads short rows to the widest", async () => {
    const text = '编号,名称\n"A\r\nB",x\r1,2,3\r\n\r\n4';
    expect(await readTable(Buffer.from(text), "csv")).toEqual({
      ok: true,
      rows: [
        ["编号", "名称", ""],
        ["A\r\nB", "x", ""],
        ["1", "2", "3"],
        ["", "", ""],
        ["4", "", ""],
      ],
    });
    expect(await readTable(Buffer.from('a,5"3 寸\r\n'), "csv")).toEqual({
      ok: true,
      rows: [["a", '5"3 寸']],
    });
    expect(await readTable(Buffer.from(""), "csv")).toEqual({ ok: true, rows: [] });
  });

  it("names the row where an unclosed quote opened", async () => {
    const text = 'a,b\r\n1,2\r\n"open,3\r\n4,5\r\n';
    expect(await readTable(Buffer.from(text), "csv")).toEqual({
      ok: false,
      problem: "unclosed_quote",
      row: 3,
    });
  });

  it("refuses bytes that are not a workbook", async () => {
    expect(await readTable(Buffer.from(CSV), "xlsx")).toEqual({
      ok: false,
      problem: "unreadable",
    });
  });

  it("reads the named sheet when there is one, else the first", async () => {
    const bytes = await workbook({ 说明: [["填写说明"]], 测评体系: [["层级", "编号"]] });
    expect(await readTable(bytes, "xlsx", { sheet: "测评体系" })).toEqual({
      ok: true,
      rows: [["层级", "编号"]],
    });
    expect(await readTable(bytes, "xlsx", { sheet: "另一个" })).toEqual({
      ok: true,
      rows: [["填写说明"]],
    });
    expect(await readTable(bytes, "xlsx")).toEqual({ ok: true, rows: [["填写说明"]] });
  });

  it("reads numbers to Excel's 15 digits, error cells as shown, dates whatever their format", async () => {
    const bytes = await workbook(
      {
        数值: [
          [34.565812, 1.1, 5, 123456789012, -0.5],
          [
            { formula: "1/3", result: 1 / 3 },
            { error: "#N/A" },
            { formula: "A1", result: undefined },
          ],
          [wallClock(2026, 2, 28, 23, 59), wallClock(2026, 1, 1)],
        ],
      },
      "yyyy/m/d",
    );
    expect(await readTable(bytes, "xlsx")).toEqual({
      ok: true,
      rows: [
        ["34.565812", "1.1", "5", "123456789012", "-0.5"],
        ["0.333333333333333", "#N/A", "", "", ""],
        ["2026-02-28 23:59:00", "2026-01-01", "", "", ""],
      ],
    });
  });
});

describe("readTableRows", () => {
  it("hands a large workbook's rows over one at a time, in order, in batches from its reader", async () => {
    // 3,000 rows × 10 columns: the reader sends 20,000 cells a batch, so two batches at least.
    const rows: (string | number)[][] = [["编号", ...Array.from({ length: 9 }, (_, i) => `C${i}`)]];
    for (let r = 1; r < 3_000; r++)
      rows.push([`R${r}`, ...Array.from({ length: 9 }, (_, i) => r * 10 + i)]);
    const book = new ExcelJS.Workbook();
    book.addWorksheet("表").addRows(rows);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const seen: string[] = [];
    let last = -1;
    const read = await readTableRows(bytes, "xlsx", (cells, index) => {
      expect(index).toBe(last + 1);
      last = index;
      seen.push(`${cells[0]}|${cells[9]}`);
    });
    expect(read).toEqual({ ok: true });
    expect(seen).toHaveLength(3_000);
    expect(seen[0]).toBe("编号|C8");
    expect(seen[2_999]).toBe("R2999|29998");
    // A CSV's rows the same way, blank lines kept as rows.
    const csv: string[] = [];
    expect(
      await readTableRows(Buffer.from("a,b\r\n\r\n1,2\n"), "csv", (cells) =>
        csv.push(cells.join("|")),
      ),
    ).toEqual({ ok: true });
    expect(csv).toEqual(["a|b", "", "1|2"]);
  });
});
