// 结果考评 (issue 13): the formula on a small fixture, every score worked out by hand with the
// default settings (weights 40/20/15/10/15; penalties reach 0 at 10 overdue days, 1 returned
// and 0.5 escalated per task) and a minimum sample of 5 tasks.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_EVALUATION_SETTINGS,
  evaluateUnits,
  evaluationSettingsSchema,
  overdueTaskDays,
  type UnitEvaluationCounts,
} from "../src/index.ts";

const unit = (
  unitName: string,
  c: Omit<UnitEvaluationCounts, "unitId" | "unitName">,
): UnitEvaluationCounts => ({ unitId: unitName, unitName, ...c });

// 甲: on time 6/8 = .75; 20 days / 10 tasks = 2 → 1 − 2/10 = .8; 2/10 = .2 returned → .8;
//     1/10 = .1 escalated → 1 − .1/.5 = .8; field .8. (40×.75 + 20×.8 + 15×.8 + 10×.8 + 15×.8)
//     / 100 = (30 + 16 + 12 + 8 + 12) / 100 → 78.0
// 乙: all perfect, no field checks → field left out: (40 + 20 + 15 + 10) / 85 → 100.0
// 丙: perfect too, but 4 tasks < 5: listed, not ranked.
// 丁: nothing judged for on time (left out); 300 days / 20 = 15 ≥ 10 → 0; 30/20 = 1.5 ≥ 1 → 0;
//     20/20 = 1 ≥ .5 → 0; field .5 → 15 × .5 / (20 + 15 + 10 + 15) = 7.5 / 60 → 12.5
const ROWS = [
  unit("甲", {
    tasks: 10,
    judged: 8,
    closedOnTime: 6,
    overdueDays: 20,
    returned: 2,
    escalated: 1,
    fieldRate: 0.8,
  }),
  unit("乙", {
    tasks: 5,
    judged: 5,
    closedOnTime: 5,
    overdueDays: 0,
    returned: 0,
    escalated: 0,
    fieldRate: null,
  }),
  unit("丙", {
    tasks: 4,
    judged: 4,
    closedOnTime: 4,
    overdueDays: 0,
    returned: 0,
    escalated: 0,
    fieldRate: 1,
  }),
  unit("丁", {
    tasks: 20,
    judged: 0,
    closedOnTime: 0,
    overdueDays: 300,
    returned: 30,
    escalated: 20,
    fieldRate: 0.5,
  }),
];

describe("unit evaluation (结果考评)", () => {
  it("scores and ranks the fixture as worked out by hand", () => {
    const units = evaluateUnits(ROWS, DEFAULT_EVALUATION_SETTINGS, 5);
    expect(units.map((u) => [u.unitName, u.score, u.rank, u.eligible])).toEqual([
      ["乙", 100, 1, true],
      ["甲", 78, 2, true],
      ["丁", 12.5, 3, true],
      ["丙", 100, null, false],
    ]);
    expect(units[1]?.measures).toEqual({
      onTime: 0.75,
      overdueDays: 0.8,
      returned: 0.8,
      escalated: 0.8,
      fieldRate: 0.8,
    });
    expect(units[2]?.measures).toEqual({
      onTime: null,
      overdueDays: 0,
      returned: 0,
      escalated: 0,
      fieldRate: 0.5,
    });
  });

  it("follows the admin's weights; a unit with nothing weighted to measure is not ranked", () => {
    const onTimeOnly = evaluationSettingsSchema.parse({
      weights: { onTime: 100, overdueDays: 0, returned: 0, escalated: 0, fieldRate: 0 },
    });
    const units = evaluateUnits(ROWS, onTimeOnly, 5);
    expect(units.map((u) => [u.unitName, u.score, u.rank])).toEqual([
      ["乙", 100, 1],
      ["甲", 75, 2],
      ["丙", 100, null],
      ["丁", null, null],
    ]);
  });

  it("gives tied scores one rank (1, 1, 3), tied units by name in pinyin order", () => {
    const twin = { ...ROWS[1], unitId: "戊", unitName: "戊" } as UnitEvaluationCounts;
    const units = evaluateUnits(
      [ROWS[0], ROWS[1], twin] as UnitEvaluationCounts[],
      DEFAULT_EVALUATION_SETTINGS,
      5,
    );
    expect(units.map((u) => [u.unitName, u.rank])).toEqual([
      ["戊", 1], // wù before yǐ
      ["乙", 1],
      ["甲", 3],
    ]);
  });

  it("refuses a formula whose weights are all zero", () => {
    const zero = { onTime: 0, overdueDays: 0, returned: 0, escalated: 0, fieldRate: 0 };
    expect(evaluationSettingsSchema.safeParse({ weights: zero }).success).toBe(false);
  });

  it("counts overdue task-days as the overview counts days overdue", () => {
    const now = new Date("2026-11-20T04:00:00Z"); // 20 Nov 12:00 Beijing
    const dueAt = new Date("2026-11-15T16:00:00Z"); // 16 Nov 00:00 Beijing (deadline 15 Nov)
    const closedAt = (iso: string) => ({ status: "closed", dueAt, closedAt: new Date(iso) });
    expect(overdueTaskDays({ status: "in_progress", dueAt, closedAt: null }, now)).toBe(5);
    expect(overdueTaskDays(closedAt("2026-11-15T16:00:00Z"), now)).toBe(1); // at dueAt: late
    expect(overdueTaskDays(closedAt("2026-11-15T15:59:59.999Z"), now)).toBe(0); // on time
    expect(overdueTaskDays(closedAt("2026-11-18T02:00:00Z"), now)).toBe(3);
    const later = new Date("2026-11-21T16:00:00Z");
    expect(overdueTaskDays({ status: "assigned", dueAt: later, closedAt: null }, now)).toBe(0);
    expect(overdueTaskDays({ status: "new", dueAt: null, closedAt: null }, now)).toBe(0);
    expect(overdueTaskDays({ status: "cancelled", dueAt, closedAt: null }, now)).toBe(0);
  });
});
