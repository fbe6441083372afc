// Every number below is worked out by hand in the comments; the code must agree.
import { describe, expect, it } from "vitest";
import { cityTotal, cycleProjection } from "../src/assessment/city-total.ts";
import {
  projectScore,
  type ScoringNode,
  type ScoringStandard,
  type StandardEvidence,
} from "../src/assessment/projected-score.ts";
import { DEFAULT_SCORING } from "../src/assessment/scoring-settings.ts";

const nodes: ScoringNode[] = [
  { id: "I1", parentId: null, level: "item", code: "Ⅰ", title: "社会环境建设" },
  { id: "D1", parentId: "I1", level: "indicator", code: "Ⅰ-1", title: "城市管理" },
  { id: "C1", parentId: "D1", level: "content", code: "Ⅰ-1-1", title: "市容环境" },
  { id: "I2", parentId: null, level: "item", code: "Ⅱ", title: "文明风尚建设" },
  { id: "D2", parentId: "I2", level: "indicator", code: "Ⅱ-1", title: "群众评价" },
  { id: "C2", parentId: "D2", level: "content", code: "Ⅱ-1-1", title: "满意度" },
];
const std = (
  id: string,
  contentId: string,
  points: number,
  methods: ScoringStandard["methods"],
  negativeList = false,
): ScoringStandard => ({
  id,
  contentId,
  code: id,
  text: id,
  points,
  methods,
  negativeList,
});
const standards = [
  std("S1", "C1", 10, ["field_inspection"]),
  std("S2", "C1", 6, ["materials_review"]),
  std("S3", "C1", 4, ["field_inspection", "materials_review"]),
  std("S4", "C2", 5, ["survey"]),
  std("S5", "C2", 5, ["survey"]),
  std("S6", "C2", 2, ["field_inspection"], true),
];
const evidence = new Map<string, StandardEvidence>([
  ["S1", { field: { passed: 3, applicable: 4 } }], // 0.75
  ["S2", { materials: { approved: 1, total: 2 } }], // 0.5
  ["S3", { field: { passed: 1, applicable: 1 } }], // field 1, materials unmeasured → 0; mean 0.5
  ["S4", { survey: { positive: 45, answered: 50 } }], // 0.9
  ["S5", { survey: { positive: 10, answered: 12 } }], // sample < 30 → unmeasured → 0
  ["S6", { field: { passed: 1, applicable: 2 } }], // negative list: deducts 2 × 0.5 = 1
]);

describe("projected score of a small tree, by hand", () => {
  const result = projectScore(nodes, standards, evidence, DEFAULT_SCORING);

  it("scores each section against its weight", () => {
    // field: (10×0.75 + 4×1) / 14 = 11.5/14 = 0.821429 → 40 × that = 32.857
    // materials: (6×0.5 + 4×0) / 10 = 0.3 → 40 × 0.3 = 12
    // survey: (5×0.9 + 5×0) / 10 = 0.45 → 20 × 0.45 = 9
    expect(result.sections).toEqual([
      { section: "field", weight: 40, score: 32.857, rate: 0.8214 },
      { section: "materials", weight: 40, score: 12, rate: 0.3 },
      { section: "survey", weight: 20, score: 9, rate: 0.45 },
    ]);
    // 32.857142… + 12 + 9 − 1 (negative list) = 52.857
    expect(result.negativeListDeduction).toBe(1);
    expect(result.total).toBe(52.857);
  });

  it("gives each standard its earned and lost points", () => {
    const byId = Object.fromEntries(result.standards.map((s) => [s.standardId, s]));
    expect(byId.S1).toMatchObject({ rate: 0.75, earned: 7.5, lost: 2.5, measured: true });
    expect(byId.S2).toMatchObject({ rate: 0.5, earned: 3, lost: 3 });
    expect(byId.S3).toMatchObject({
      rate: 0.5,
      earned: 2,
      lost: 2,
      sections: { field: 1, materials: 0 },
    });
    expect(byId.S4).toMatchObject({ rate: 0.9, earned: 4.5, lost: 0.5 });
    expect(byId.S5).toMatchObject({ rate: 0, earned: 0, lost: 5, measured: false });
    expect(byId.S6).toMatchObject({ earned: 0, lost: 1, negativeList: true });
  });

  it("adds up items, indicators and contents from their standards", () => {
    const byId = Object.fromEntries(result.nodes.map((n) => [n.id, n]));
    // C1: 10+6+4 = 20 points; earned 7.5+3+2 = 12.5; lost 7.5
    for (const id of ["C1", "D1", "I1"])
      expect(byId[id]).toMatchObject({ points: 20, earned: 12.5, lost: 7.5 });
    // C2: 5+5+2 = 12 points; earned 4.5; lost 0.5+5+1 = 6.5
    for (const id of ["C2", "D2", "I2"])
      expect(byId[id]).toMatchObject({ points: 12, earned: 4.5, lost: 6.5 });
  });

  it("follows changed section weights", () => {
    const changed = projectScore(nodes, standards, evidence, {
      ...DEFAULT_SCORING,
      sectionWeights: { field: 50, materials: 30, survey: 20 },
    });
    // 50 × 0.821429 = 41.071; 30 × 0.3 = 9; 20 × 0.45 = 9; minus 1 → 58.071
    expect(changed.sections.map((s) => s.score)).toEqual([41.071, 9, 9]);
    expect(changed.total).toBe(58.071);
  });

  it("shares out the weight of sections a system has no standards in", () => {
    const fieldOnly = projectScore(
      nodes,
      [standards[0] as ScoringStandard],
      evidence,
      DEFAULT_SCORING,
    );
    // Only the field section exists: it carries all 100 points; 100 × 0.75 = 75
    expect(fieldOnly.sections[0]).toEqual({ section: "field", weight: 100, score: 75, rate: 0.75 });
    expect(fieldOnly.total).toBe(75);
  });

  it("counts a survey once its sample reaches the configured minimum", () => {
    const lower = projectScore(nodes, standards, evidence, {
      ...DEFAULT_SCORING,
      minSurveySample: 10,
    });
    // S5 now counts: 10/12 = 0.8333; survey (4.5 + 5×0.8333)/10 = 0.86667 → 20 × = 17.333
    expect(lower.sections[2]?.score).toBe(17.333);
  });
});

describe("the Minors' system gate and the cycle", () => {
  it("bars the city below the gate and weights the minors' score into the total", () => {
    // 90 × 0.8 + 84.9 × 0.2 = 72 + 16.98 = 88.98
    expect(cityTotal(90, 84.9, DEFAULT_SCORING)).toEqual({
      total: 88.98,
      eligible: false,
      minorsGate: 85,
    });
    expect(cityTotal(90, 85, DEFAULT_SCORING).eligible).toBe(true);
    // gate 80, share 30%: 90 × 0.7 + 84.9 × 0.3 = 63 + 25.47 = 88.47, eligible
    expect(cityTotal(90, 84.9, { minorsGate: 80, minorsShare: 30 })).toEqual({
      total: 88.47,
      eligible: true,
      minorsGate: 80,
    });
  });

  it("weights a cycle's years 15/25/60 by default, and as configured", () => {
    const snapshots = new Map([
      [2024, 70],
      [2025, 75],
    ]);
    // 70 × 0.15 + 75 × 0.25 + 80 × 0.6 = 10.5 + 18.75 + 48 = 77.25
    const cycle = cycleProjection(2026, 80, snapshots, DEFAULT_SCORING);
    expect(cycle.total).toBe(77.25);
    expect(cycle.years.map((y) => y.source)).toEqual(["snapshot", "snapshot", "projection"]);
    // 20/30/50: 14 + 22.5 + 40 = 76.5
    expect(
      cycleProjection(2026, 80, snapshots, { cycleStartYear: 2024, yearWeights: [20, 30, 50] })
        .total,
    ).toBe(76.5);
    // In 2025 the later years use today's projection: 70×0.15 + 80×0.25 + 80×0.6 = 78.5
    expect(cycleProjection(2025, 80, snapshots, DEFAULT_SCORING).total).toBe(78.5);
  });
});
