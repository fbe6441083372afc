import { describe, expect, it } from "vitest";
import { formatDate } from "../src/lib/format.ts";

// formatDate writes calendar dates itself (Intl's first zh-CN date format is slow on a phone):
// it must say what Intl's medium date says, in both languages, on any day of the year.
describe("formatDate of a calendar date", () => {
  it("matches Intl's medium date in Chinese and English", () => {
    for (const language of ["zh-CN", "en"] as const) {
      const intl = new Intl.DateTimeFormat(language, {
        timeZone: "Asia/Shanghai",
        dateStyle: "medium",
      });
      for (let day = 0; day < 400; day += 3) {
        const date = new Date(Date.UTC(2026, 0, 1 + day, 12));
        const calendar = date.toISOString().slice(0, 10);
        expect(formatDate(calendar, language), calendar).toBe(intl.format(date));
      }
    }
  });

  it("still formats instants in Beijing time", () => {
    // 20:00 UTC on 2026-10-08 is the 9th in Beijing.
    expect(formatDate(new Date("2026-10-08T20:00:00Z"), "zh-CN")).toBe("2026年10月9日");
  });
});
