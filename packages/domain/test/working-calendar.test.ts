import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../src/shanghai-time.ts";
import { workingCalendar, workingDaysBetween } from "../src/working-calendar.ts";

/** The count the definition gives: each day in (from, to] asked of chinese-days or the city. */
function dayByDay(overrides: Map<string, boolean>, from: string, to: string): number {
  let n = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) {
    if (overrides.get(d) ?? chineseDays.isWorkday(d)) n++;
  }
  return n;
}

describe("working days between two dates", () => {
  it("counts a plain week, and the city's own holiday and working Saturday", () => {
    // Fri 13 Nov 2026 → Fri 20 Nov: Mon 16 … Fri 20.
    expect(workingDaysBetween(workingCalendar(), "2026-11-13", "2026-11-20")).toBe(5);
    const city = workingCalendar([
      { date: "2026-11-18", kind: "holiday", note: "本地假日" },
      { date: "2026-11-14", kind: "workday", note: "补班" },
    ]);
    expect(workingDaysBetween(city, "2026-11-13", "2026-11-20")).toBe(5 - 1 + 1);
    // The start day never counts; an empty or reversed range is 0.
    expect(workingDaysBetween(city, "2026-11-14", "2026-11-20")).toBe(4);
    expect(workingDaysBetween(city, "2026-11-20", "2026-11-20")).toBe(0);
    expect(workingDaysBetween(city, "2026-11-20", "2026-11-13")).toBe(0);
  });

  it("agrees with the day-by-day count over holidays, years and the city's changes", () => {
    const overrides = [
      { date: "2025-10-09", kind: "holiday" as const, note: "" },
      { date: "2024-02-03", kind: "workday" as const, note: "" },
      { date: "2026-01-01", kind: "workday" as const, note: "" },
      { date: "2023-06-22", kind: "holiday" as const, note: "" },
    ];
    const calendar = workingCalendar(overrides);
    const local = new Map(overrides.map((o) => [o.date, o.kind === "workday"]));
    // Ranges around the Spring Festival, National Day and year ends, up to three years long.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 200; i++) {
      const from = addCalendarDays("2022-12-01", next(1300));
      const to = addCalendarDays(from, next(1100));
      expect(workingDaysBetween(calendar, from, to), `${from} → ${to}`).toBe(
        dayByDay(local, from, to),
      );
    }
    // Beyond the years counted at once, the same answer day by day.
    expect(workingDaysBetween(calendar, "2041-03-01", "2041-03-31")).toBe(
      dayByDay(local, "2041-03-01", "2041-03-31"),
    );
  });
});
