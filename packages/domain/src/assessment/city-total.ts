import type { ScoringSettings } from "./scoring-settings.ts";

/**
 * The Minors' system is scored separately: below the gate the city may not apply at all, and
 * it counts for a share of the city total (defaults 85 and 20%, configurable).
 */
export function cityTotal(
  civilizedCityScore: number,
  minorsScore: number | null,
  settings: Pick<ScoringSettings, "minorsGate" | "minorsShare">,
) {
  if (minorsScore === null) {
    return {
      total: civilizedCityScore,
      eligible: null as boolean | null,
      minorsGate: settings.minorsGate,
    };
  }
  const share = settings.minorsShare / 100;
  const total = Math.round((civilizedCityScore * (1 - share) + minorsScore * share) * 1000) / 1000;
  return { total, eligible: minorsScore >= settings.minorsGate, minorsGate: settings.minorsGate };
}

export interface YearScore {
  year: number;
  score: number;
  source: "snapshot" | "projection";
}

/**
 * A cycle's result weights its three years (default 15/25/60). Past years use the last
 * snapshot taken in that year; the current year and later ones use today's projection.
 */
export function cycleProjection(
  currentYear: number,
  currentScore: number,
  lastSnapshotOfYear: ReadonlyMap<number, number>,
  settings: Pick<ScoringSettings, "yearWeights" | "cycleStartYear">,
): { years: YearScore[]; total: number } {
  const years = settings.yearWeights.map((_, i): YearScore => {
    const year = settings.cycleStartYear + i;
    const snapshot = lastSnapshotOfYear.get(year);
    return year < currentYear && snapshot !== undefined
      ? { year, score: snapshot, source: "snapshot" }
      : { year, score: currentScore, source: "projection" };
  });
  const weightSum = settings.yearWeights.reduce((a, b) => a + b, 0);
  const total =
    years.reduce((sum, y, i) => sum + y.score * (settings.yearWeights[i] ?? 0), 0) /
    (weightSum || 1);
  return { years, total: Math.round(total * 1000) / 1000 };
}
