import type { OverviewFilters } from "@cw/domain";
import { addDays, beijingToday } from "../lib/beijing-date.ts";

/** Quick choices for the period; each is stored as plain dates, so a bookmark keeps them. */
export const PERIOD_PRESETS = ["all", "w4", "w12", "w26", "year", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
const WEEKS: Partial<Record<PeriodPreset, number>> = { w4: 4, w12: 12, w26: 26 };

export function presetPeriod(
  preset: PeriodPreset,
  now: Date,
): Pick<OverviewFilters, "from" | "to"> {
  const today = beijingToday(now);
  const weeks = WEEKS[preset];
  // "Last N weeks" = the N × 7 days ending today, today included.
  if (weeks) return { from: addDays(today, 1 - 7 * weeks), to: undefined };
  if (preset === "year") return { from: `${today.slice(0, 4)}-01-01`, to: undefined };
  return { from: undefined, to: undefined };
}

/** Which preset the URL's dates are, if any (else "custom"). */
export function presetOf(filters: OverviewFilters, now: Date): PeriodPreset {
  if (!filters.from && !filters.to) return "all";
  const match = PERIOD_PRESETS.find((p) => {
    if (p === "all" || p === "custom") return false;
    const period = presetPeriod(p, now);
    return period.from === filters.from && !filters.to;
  });
  return match ?? "custom";
}
