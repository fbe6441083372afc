import { describe, expect, it } from "vitest";
import type { AssessmentTree, ProjectedScore } from "../src/assessment/api-types.ts";
import { buildScoreRows, lossColor, pathTo } from "../src/assessment/score-rows.ts";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const SYSTEM = id(1);
const [ITEM_1, INDICATOR, CONTENT, ITEM_2] = [id(11), id(12), id(13), id(14)];
const [KEPT, RETIRED, UNSCORED, NEGATIVE] = [id(21), id(22), id(23), id(24)];

const node = (
  nodeId: string,
  parentId: string | null,
  level: "item" | "indicator" | "content",
  code: string,
  title: string,
) => ({
  id: nodeId,
  systemId: SYSTEM,
  parentId,
  level,
  code,
  title,
  sortOrder: 0,
  retiredAt: null,
  retired: false,
});
const standard = (standardId: string, code: string, text: string, retired = false) => ({
  id: standardId,
  systemId: SYSTEM,
  contentId: CONTENT,
  code,
  text,
  points: 2,
  methods: ["field_inspection" as const],
  siteTypes: [],
  negativeList: false,
  sortOrder: 0,
  retiredAt: retired ? new Date("2026-09-01T00:00:00Z") : null,
  retired,
});

const TREE: AssessmentTree = {
  system: {
    id: SYSTEM,
    kind: "civilized_city",
    edition: 2026,
    name: "测评体系",
    isSample: false,
    active: true,
    standardCount: 3,
    totalPoints: 6,
    updatedAt: new Date("2026-09-01T00:00:00Z"),
  },
  nodes: [
    node(ITEM_1, null, "item", "Ⅰ", "公共秩序"),
    node(INDICATOR, ITEM_1, "indicator", "1", "交通秩序"),
    node(CONTENT, INDICATOR, "content", "1.1", "道路通行"),
    node(ITEM_2, null, "item", "Ⅱ", "公共环境"),
  ],
  // The tree's order decides the rows' order: NEGATIVE before KEPT.
  standards: [
    standard(NEGATIVE, "1.1.2", "无重大交通事故"),
    standard(RETIRED, "1.1.9", "已停用的标准", true),
    standard(KEPT, "1.1.1", "机动车礼让行人"),
    standard(UNSCORED, "1.1.3", "没有得分的标准"),
  ],
};

const score = (
  standardId: string,
  code: string,
  points: number,
  earned: number,
  extra: { measured: boolean; negativeList: boolean },
) => ({
  standardId,
  code,
  text: "",
  points,
  rate: points ? earned / points : 0,
  earned,
  lost: points - earned,
  sections: {},
  ...extra,
});

const PROJECTED: ProjectedScore = {
  system: { id: SYSTEM, kind: "civilized_city", edition: 2026, name: "测评体系", isSample: false },
  target: 90,
  total: 1.5,
  sections: [],
  negativeListDeduction: 0,
  nodes: [
    {
      id: ITEM_2,
      parentId: null,
      level: "item",
      code: "Ⅱ",
      title: "公共环境",
      points: 0,
      earned: 0,
      lost: 0,
    },
    {
      id: CONTENT,
      parentId: INDICATOR,
      level: "content",
      code: "1.1",
      title: "道路通行",
      points: 4,
      earned: 1.5,
      lost: 2.5,
    },
    {
      id: ITEM_1,
      parentId: null,
      level: "item",
      code: "Ⅰ",
      title: "公共秩序",
      points: 4,
      earned: 1.5,
      lost: 2.5,
    },
    {
      id: INDICATOR,
      parentId: ITEM_1,
      level: "indicator",
      code: "1",
      title: "交通秩序",
      points: 4,
      earned: 1.5,
      lost: 2.5,
    },
  ],
  standards: [
    score(KEPT, "1.1.1", 2, 1.5, { measured: true, negativeList: false }),
    score(NEGATIVE, "1.1.2", 2, 0, { measured: false, negativeList: true }),
    score(RETIRED, "1.1.9", 2, 2, { measured: true, negativeList: false }),
  ],
};

describe("score rows", () => {
  it("nests the server's numbers by the tree, leaving out retired and unscored standards", () => {
    expect(buildScoreRows(TREE, PROJECTED)).toEqual([
      { key: ITEM_2, kind: "item", code: "Ⅱ", title: "公共环境", points: 0, earned: 0, lost: 0 },
      {
        key: ITEM_1,
        kind: "item",
        code: "Ⅰ",
        title: "公共秩序",
        points: 4,
        earned: 1.5,
        lost: 2.5,
        children: [
          {
            key: INDICATOR,
            kind: "indicator",
            code: "1",
            title: "交通秩序",
            points: 4,
            earned: 1.5,
            lost: 2.5,
            children: [
              {
                key: CONTENT,
                kind: "content",
                code: "1.1",
                title: "道路通行",
                points: 4,
                earned: 1.5,
                lost: 2.5,
                children: [
                  {
                    key: NEGATIVE,
                    kind: "standard",
                    code: "1.1.2",
                    title: "无重大交通事故",
                    points: 2,
                    earned: 0,
                    lost: 2,
                    measured: false,
                    negativeList: true,
                  },
                  {
                    key: KEPT,
                    kind: "standard",
                    code: "1.1.1",
                    title: "机动车礼让行人",
                    points: 2,
                    earned: 1.5,
                    lost: 0.5,
                    measured: true,
                    negativeList: false,
                  },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it("finds the keys from the root down to a row", () => {
    const rows = buildScoreRows(TREE, PROJECTED);
    expect(pathTo(rows, KEPT)).toEqual([ITEM_1, INDICATOR, CONTENT, KEPT]);
    expect(pathTo(rows, ITEM_2)).toEqual([ITEM_2]);
    expect(pathTo(rows, RETIRED)).toBeNull();
  });

  it("bands the share of points lost: half or more, a fifth or more, any, none", () => {
    expect(
      [
        [10, 10],
        [10, 5],
        [10, 4.99],
        [10, 2],
        [10, 1.99],
        [10, 0.01],
        [10, 0],
        [0, 0],
      ].map(([points, lost]) => lossColor(points as number, lost as number)),
    ).toEqual([
      "#b42318",
      "#b42318",
      "#b54708",
      "#b54708",
      "#175cd3",
      "#175cd3",
      "#067647",
      "#067647",
    ]);
  });
});
