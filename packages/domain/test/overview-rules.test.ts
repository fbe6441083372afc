import { describe, expect, it } from "vitest";
import {
  agingBucketOf,
  chartWeeks,
  daysOverdue,
  dueAtFor,
  isClosedOnTime,
  rankUnits,
  weekStartOf,
} from "../src/index.ts";

const unit = (
  unitName: string,
  tasks: number,
  closedOnTime: number,
  judged: number,
  overdue: number,
) => ({
  unitId: unitName,
  unitName,
  tasks,
  judged,
  closedOnTime,
  overdue,
  // Not read by the ranking; the 督查通报 prints them (issue 13).
  closed: closedOnTime,
});

describe("overview rules", () => {
  it("closes on time up to the last instant of the deadline day in Beijing", () => {
    const dueAt = dueAtFor("2026-11-05"); // 00:00 on 6 Nov in Beijing
    const task = (closedAt: Date) => ({ status: "closed" as const, dueAt, closedAt });
    expect(isClosedOnTime(task(new Date(dueAt.getTime() - 1)))).toBe(true);
    expect(isClosedOnTime(task(dueAt))).toBe(false);
    expect(isClosedOnTime({ status: "cancelled", dueAt, closedAt: new Date(0) })).toBe(false);
  });

  it("counts days overdue from dueAt and buckets them 1–3, 4–7, 8–14, 15+", () => {
    const dueAt = dueAtFor("2026-11-17");
    expect(daysOverdue(dueAt, dueAt)).toBe(1);
    expect(daysOverdue(dueAt, new Date("2026-11-20T15:59:59.999Z"))).toBe(3);
    expect(daysOverdue(dueAt, new Date("2026-11-20T16:00:00Z"))).toBe(4);
    expect([1, 3, 4, 7, 8, 14, 15, 400].map(agingBucketOf)).toEqual([
      "1-3",
      "1-3",
      "4-7",
      "4-7",
      "8-14",
      "8-14",
      "15+",
      "15+",
    ]);
  });

  it("uses Monday-to-Sunday weeks and clips the chart's weeks to the period", () => {
    expect(["2026-11-16", "2026-11-20", "2026-11-22"].map(weekStartOf)).toEqual([
      "2026-11-16",
      "2026-11-16",
      "2026-11-16",
    ]);
    const weeks = chartWeeks({ from: "2026-11-04", to: "2026-11-17" }, new Date());
    expect(weeks).toEqual([
      { weekStart: "2026-11-02", from: "2026-11-04", to: "2026-11-08" },
      { weekStart: "2026-11-09", from: "2026-11-09", to: "2026-11-15" },
      { weekStart: "2026-11-16", from: "2026-11-16", to: "2026-11-17" },
    ]);
    expect(chartWeeks({ from: "2020-01-01", to: "2026-11-17" }, new Date())).toHaveLength(53);
  });

  it("ranks with shared ranks for ties and lists small units unranked", () => {
    const { byOnTime, byOverdue } = rankUnits(
      [
        unit("甲", 5, 3, 4, 1), // 0.75
        unit("乙", 8, 6, 8, 2), // 0.75
        unit("丙", 6, 1, 2, 2), // 0.5
        unit("丁", 4, 4, 4, 9), // too few tasks
        unit("戊", 9, 0, 0, 0), // nothing judged yet: no share, no on-time rank
      ],
      5,
    );
    expect(byOnTime.map((u) => [u.unitName, u.onTimeRank])).toEqual([
      ["甲", 1], // tied: by name in pinyin order (jiǎ before yǐ)
      ["乙", 1],
      ["丙", 3],
      ["丁", null],
      ["戊", null],
    ]);
    expect(byOverdue.map((u) => [u.unitName, u.overdueRank])).toEqual([
      ["丙", 1],
      ["乙", 1],
      ["甲", 3],
      ["戊", 4],
      ["丁", null],
    ]);
  });
});
