import { shareOf } from "../overview-rules.ts";
import {
  EVALUATION_MEASURES,
  type EvaluationMeasure,
  type EvaluationSettings,
} from "./evaluation-settings.ts";

/** One unit's raw counts for the period, as the database returns them. */
export interface UnitEvaluationCounts {
  unitId: string;
  unitName: string;
  /** Tasks dispatched to the unit (the minimum sample counts these, as the overview does). */
  tasks: number;
  /** The overview's on-time share: closed on time ÷ judged. */
  judged: number;
  closedOnTime: number;
  /** Sum of overdueTaskDays over the unit's tasks. */
  overdueDays: number;
  /** Evidence returned at verification (退回, 部分整改) plus closures reopened (回头看重开). */
  returned: number;
  /** Tasks with at least one escalation (督办). */
  escalated: number;
  /** Field score rate of the sites the unit is responsible for, 0–1; null: none checked. */
  fieldRate: number | null;
}

export interface EvaluatedUnit extends UnitEvaluationCounts {
  /** Each measure on 0–1 (1 = best); null when it cannot be measured for this unit. */
  measures: Record<EvaluationMeasure, number | null>;
  /** 0–100, one decimal; null when no weighted measure could be measured. */
  score: number | null;
  /** Has at least the minimum of tasks; others are listed but not ranked. */
  eligible: boolean;
  /** 1 = best; ties share a rank (1, 2, 2, 4). */
  rank: number | null;
}

/** 1 at none, falling linearly to 0 at `zeroAt` per task. */
const penalty = (amount: number, tasks: number, zeroAt: number) =>
  Math.max(0, 1 - amount / tasks / zeroAt);

export function evaluationMeasures(
  u: UnitEvaluationCounts,
  settings: EvaluationSettings,
): Record<EvaluationMeasure, number | null> {
  const perTask = (amount: number, zeroAt: number) =>
    u.tasks > 0 ? penalty(amount, u.tasks, zeroAt) : null;
  return {
    onTime: shareOf(u.closedOnTime, u.judged),
    overdueDays: perTask(u.overdueDays, settings.zeroAt.overdueDays),
    returned: perTask(u.returned, settings.zeroAt.returned),
    escalated: perTask(u.escalated, settings.zeroAt.escalated),
    fieldRate: u.fieldRate,
  };
}

/**
 * score = 100 × Σ weight × measure ÷ Σ weight, over the measures this unit has (a unit whose
 * sites nobody checked is scored on the other four, not given 0), rounded to one decimal.
 */
export function evaluationScore(
  measures: Record<EvaluationMeasure, number | null>,
  settings: EvaluationSettings,
): number | null {
  let sum = 0;
  let weights = 0;
  for (const m of EVALUATION_MEASURES) {
    const value = measures[m];
    const w = settings.weights[m];
    if (value === null || w === 0) continue;
    sum += w * value;
    weights += w;
  }
  return weights > 0 ? Math.round((1000 * sum) / weights) / 10 : null;
}

const byName = (a: EvaluatedUnit, b: EvaluatedUnit) => a.unitName.localeCompare(b.unitName, "zh");

/**
 * Scores and ranks the units: ranked first by score (high first, ties share a rank), then the
 * units below the minimum sample (`minTasks`, the overview's rankingMinTasks) or without a
 * score, listed without a rank.
 */
export function evaluateUnits(
  rows: readonly UnitEvaluationCounts[],
  settings: EvaluationSettings,
  minTasks: number,
): EvaluatedUnit[] {
  const units: EvaluatedUnit[] = rows.map((row) => {
    const measures = evaluationMeasures(row, settings);
    return {
      ...row,
      measures,
      score: evaluationScore(measures, settings),
      eligible: row.tasks >= minTasks,
      rank: null,
    };
  });
  const score = (u: EvaluatedUnit) => u.score ?? -1;
  const ranked = units
    .filter((u) => u.eligible && u.score !== null)
    .sort((a, b) => score(b) - score(a) || byName(a, b));
  ranked.forEach((u, i) => {
    const previous = ranked[i - 1];
    u.rank = previous && previous.score === u.score ? previous.rank : i + 1;
  });
  const rest = units
    .filter((u) => u.rank === null)
    .sort((a, b) => score(b) - score(a) || byName(a, b));
  return [...ranked, ...rest];
}
