import { describe, expect, it } from "vitest";
import { PERIOD_PRESETS, presetOf, presetPeriod } from "../src/overview/period-presets.ts";

// 2026-10-08 20:00 UTC is 2026-10-09 04:00 in Beijing: "today" is the 9th, not the 8th.
const NOW = new Date("2026-10-08T20:00:00Z");

describe("period presets", () => {
  it("gives each preset as dates ending today in Beijing (today included)", () => {
    expect(PERIOD_PRESETS.map((p) => [p, presetPeriod(p, NOW)])).toEqual([
      ["all", { from: undefined, to: undefined }],
      // 4 × 7 = 28 days: 2026-09-12 … 2026-10-09.
      ["w4", { from: "2026-09-12", to: undefined }],
      // 84 days: 2026-07-18 … 2026-10-09.
      ["w12", { from: "2026-07-18", to: undefined }],
      // 182 days: 2026-04-11 … 2026-10-09.
      ["w26", { from: "2026-04-11", to: undefined }],
      ["year", { from: "2026-01-01", to: undefined }],
      ["custom", { from: undefined, to: undefined }],
    ]);
  });

  it("starts the new year at Beijing midnight, eight hours before UTC's", () => {
    const newYear = new Date("2026-12-31T16:00:00Z");
    expect(presetPeriod("year", newYear)).toEqual({ from: "2027-01-01", to: undefined });
    expect(presetPeriod("w4", newYear)).toEqual({ from: "2026-12-05", to: undefined });
    expect(presetPeriod("year", new Date("2026-12-31T15:59:59Z"))).toEqual({
      from: "2026-01-01",
      to: undefined,
    });
  });

  it("recognises a preset from the URL's dates, and anything else as custom", () => {
    expect(presetOf({}, NOW)).toBe("all");
    expect(presetOf({ from: "2026-09-12" }, NOW)).toBe("w4");
    expect(presetOf({ from: "2026-07-18" }, NOW)).toBe("w12");
    expect(presetOf({ from: "2026-04-11" }, NOW)).toBe("w26");
    expect(presetOf({ from: "2026-01-01" }, NOW)).toBe("year");
    expect(presetOf({ from: "2026-09-13" }, NOW)).toBe("custom");
    expect(presetOf({ from: "2026-09-12", to: "2026-10-09" }, NOW)).toBe("custom");
    expect(presetOf({ to: "2026-10-01" }, NOW)).toBe("custom");
    // A bookmarked "last 4 weeks" seen a day later is a custom period.
    expect(presetOf({ from: "2026-09-12" }, new Date("2026-10-09T20:00:00Z"))).toBe("custom");
  });
});
