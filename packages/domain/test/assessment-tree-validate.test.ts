import { describe, expect, it } from "vitest";
import {
  formatMessage,
  localizeTreeErrors,
  rowsFromTable,
  type TreeRow,
  tableFromRows,
  validateTreeRows,
} from "../src/index.ts";

const SITE_TYPES = [
  { code: "park", name: "公园" },
  { code: "market", name: "农贸市场" },
  { code: "market2", name: "菜市场" },
  { code: "market3", name: "菜市场" },
];

// The header row in Chinese, then one tree: item → indicator → content → two standards.
const GOOD: string[][] = [
  ["层级", "编号", "上级编号", "名称/内容", "分值", "测评方法", "适用点位类型", "负面清单"],
  ["测评项目", "Ⅰ", "", "社会环境建设", "", "", "", ""],
  ["测评指标", "Ⅰ-1", "Ⅰ", "城市管理", "", "", "", ""],
  ["测评内容", "Ⅰ-1-1", "Ⅰ-1", "市容环境", "", "", "", ""],
  ["测评标准", "Ⅰ-1-1-1", "Ⅰ-1-1", "公园内无乱扔垃圾", "1.5", "实地考察", "公园，market", "否"],
  ["standard", "Ⅰ-1-1-2", "Ⅰ-1-1", "有管理制度", "2", "材料审核、briefing", "", "是"],
];

const rowsOf = (table: string[][]) => rowsFromTable(table).rows;

describe("validateTreeRows", () => {
  it("turns a valid file into nodes and standards with parsed values and order", () => {
    const result = validateTreeRows(rowsOf(GOOD), { siteTypes: SITE_TYPES });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tree.nodes.map((n) => [n.level, n.code, n.parentCode])).toEqual([
      ["item", "Ⅰ", null],
      ["indicator", "Ⅰ-1", "Ⅰ"],
      ["content", "Ⅰ-1-1", "Ⅰ-1"],
    ]);
    expect(result.tree.standards).toEqual([
      expect.objectContaining({
        row: 5,
        code: "Ⅰ-1-1-1",
        points: 1.5,
        methods: ["field_inspection"],
        siteTypeCodes: ["park", "market"],
        negativeList: false,
        sortOrder: 0,
      }),
      expect.objectContaining({
        methods: ["materials_review", "briefing"],
        negativeList: true,
        sortOrder: 1,
      }),
    ]);
  });

  it("accepts English headers in any order and a parent that comes after its children", () => {
    const english = [
      ["Code", "Level", "Title", "Parent code", "Points", "Methods"],
      ["C", "content", "内容", "B", "", ""],
      ["S", "standard", "标准", "C", "3", "survey"],
      ["A", "item", "项目", "", "", ""],
      ["B", "indicator", "指标", "A", "", ""],
    ];
    const result = validateTreeRows(rowsOf(english), { siteTypes: [] });
    expect(result).toMatchObject({ ok: true });
  });

  it("reports every problem with its row and column instead of stopping at the first", () => {
    const bad = [
      GOOD[0] as string[],
      ["测评项目", "A", "X", "项目", "5", "", "", ""], // 2: item with a parent, points on a node
      ["级别", "B", "A", "", "", "", "", ""], // 3: unknown level, no title
      ["测评指标", "A", "A", "重复", "", "", "", ""], // 4: duplicate code
      ["测评内容", "C", "A", "内容", "", "", "", ""], // 5: content under an item
      ["测评标准", "S 1", "Z", "标准", "0", "", "", ""], // 6: code, parent, points, methods
      ["测评标准", "S2", "C", "标准", "1.234", "暗访", "菜市场,广场", "也许"], // 7
      ["测评标准", "S3", "C", "标准", "abc", "问卷调查", "公园", ""], // 8: site types w/o field
    ];
    const result = validateTreeRows(rowsOf(bad), { siteTypes: SITE_TYPES });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column, e.messageKey])).toEqual([
      [2, "parentCode", "assessment.parent.not_allowed"],
      [2, "points", "assessment.cell.standard_only"],
      [3, "level", "assessment.level.unknown"],
      [3, "title", "field.required"],
      [4, "code", "assessment.code.duplicate"],
      [5, "parentCode", "assessment.parent.wrong_level"],
      [6, "code", "assessment.code.invalid"],
      [6, "parentCode", "assessment.parent.not_found"],
      [6, "points", "assessment.points.invalid"],
      [6, "methods", "field.required"],
      [7, "points", "assessment.points.invalid"],
      [7, "methods", "assessment.methods.unknown"],
      [7, "siteTypes", "assessment.site_types.ambiguous"],
      [7, "siteTypes", "assessment.site_types.unknown"],
      [7, "siteTypes", "assessment.site_types.field_only"],
      [7, "negativeList", "assessment.negative_list.invalid"],
      [8, "points", "assessment.points.invalid"],
      [8, "siteTypes", "assessment.site_types.field_only"],
    ]);
    expect(result.errors[4]?.params).toEqual({ code: "A", firstRow: 2 });

    const [zh] = localizeTreeErrors(result.errors, "zh-CN");
    expect(zh?.message).toBe("第 2 行“上级编号”：测评项目位于最上层，不能填写上级。");
    const [en] = localizeTreeErrors(result.errors, "en");
    expect(en?.columnLabel).toBe("Parent code");
    expect(en?.message).toBe("Row 2, Parent code: Items are at the top and have no parent.");
  });

  it("names missing columns on the header row, and refuses an empty file", () => {
    const { errors } = rowsFromTable([
      ["编号", "名称"],
      ["A", "x"],
    ]);
    expect(errors.map((e) => [e.row, e.column, e.messageKey])).toEqual([
      [1, "level", "assessment.import.missing_column"],
      [1, "parentCode", "assessment.import.missing_column"],
    ]);
    expect(
      formatMessage(errors[0]?.messageKey ?? "error.internal", "zh-CN", errors[0]?.params),
    ).toBe("缺少“层级”列。");
    const empty = validateTreeRows(rowsOf([GOOD[0] as string[], ["", " ", ""]]), { siteTypes: [] });
    expect(empty).toMatchObject({ ok: false, errors: [{ messageKey: "assessment.import.empty" }] });
  });

  it("writes the table the import reads back", () => {
    const rows = rowsOf(GOOD).map(({ row: _row, ...cells }) => cells);
    const again = rowsFromTable(tableFromRows(rows)).rows;
    expect(again).toEqual(rowsOf(GOOD) satisfies TreeRow[]);
  });
});
