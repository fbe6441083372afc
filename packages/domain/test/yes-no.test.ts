import { describe, expect, it } from "vitest";
import { checkSiteImport, parseSurveyAnswer, parseYesNo, validateTreeRows } from "../src/index.ts";

describe("one yes/no vocabulary for every import", () => {
  it("reads 是/否, their variants and Excel's TRUE/FALSE; blank is null; the rest undefined", () => {
    expect(["是", "Y", " yes ", "TRUE", "1", "√", "✓"].map(parseYesNo)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["否", "n", "No", "FALSE", "0"].map(parseYesNo)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(["", "  "].map(parseYesNo)).toEqual([null, null]);
    expect(["对", "2", "maybe", "空"].map(parseYesNo)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("means the same in a survey answer, a site's key-site flag and a tree's negative list", () => {
    expect(["TRUE", "FALSE", "空", ""].map(parseSurveyAnswer)).toEqual([true, false, null, null]);

    const refs = {
      siteTypes: [{ id: "t1", code: "market", name: "农贸市场" }],
      units: [{ id: "u1", code: "U-001", name: "市场监管局" }],
      grids: [],
    };
    const site = (flag: string, code: string) => [
      code,
      "菜市场",
      "market",
      "路1号",
      "34.5",
      "110.1",
      "U-001",
      flag,
    ];
    const header = ["编号", "名称", "点位类型", "地址", "纬度", "经度", "责任单位", "重点点位"];
    const sites = checkSiteImport(
      [header, site("TRUE", "S-1"), site("否", "S-2"), site("", "S-3"), site("对", "S-4")],
      refs,
    );
    expect(sites.rows.map((r) => [r.row, r.isKeySite])).toEqual([
      [2, true],
      [3, false],
      [4, false],
    ]);
    expect(sites.issues).toEqual([
      { row: 5, column: "重点点位", key: "yes_no", params: { value: "对" } },
    ]);

    const tree = (negativeList: string) => [
      {
        row: 2,
        level: "测评项目",
        code: "Ⅰ",
        parentCode: "",
        title: "项目",
        points: "",
        methods: "",
        siteTypes: "",
        negativeList: "",
      },
      {
        row: 3,
        level: "测评指标",
        code: "1",
        parentCode: "Ⅰ",
        title: "指标",
        points: "",
        methods: "",
        siteTypes: "",
        negativeList: "",
      },
      {
        row: 4,
        level: "测评内容",
        code: "1.1",
        parentCode: "1",
        title: "内容",
        points: "",
        methods: "",
        siteTypes: "",
        negativeList: "",
      },
      {
        row: 5,
        level: "测评标准",
        code: "1.1.1",
        parentCode: "1.1",
        title: "标准",
        points: "2",
        methods: "材料审核",
        siteTypes: "",
        negativeList,
      },
    ];
    const negative = (cell: string) => {
      const checked = validateTreeRows(tree(cell), { siteTypes: [] });
      return checked.ok
        ? checked.tree.standards[0]?.negativeList
        : checked.errors.map((e) => e.messageKey);
    };
    expect(["TRUE", "是", "FALSE", "", "对"].map(negative)).toEqual([
      true,
      true,
      false,
      false,
      ["assessment.negative_list.invalid"],
    ]);
  });
});
