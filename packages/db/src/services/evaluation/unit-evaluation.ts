import { type Actor, type EvaluationInput, evaluateUnits, type UnitEvaluation } from "@cw/domain";
import { readEscalatedByUnit } from "../../queries/escalated-by-unit.ts";
import { readEvaluationCounts } from "../../queries/evaluation-counts.ts";
import { loadFieldScoreRates } from "../../queries/field-score-rates.ts";
import { readUnitRanking } from "../../queries/overview-units.ts";
import type { ServiceContext } from "../service-context.ts";
import { loadEvaluationSettings } from "./evaluation-settings.ts";

/**
 * 结果考评 for a period: every unit the overview ranks, with the overview's own numbers (tasks,
 * judged, closed on time — from the summaries, readUnitRanking) and minimum sample, the
 * escalations the 督查通报 counts, the field score rates of the sites each unit answers for
 * (checked in the period), and the overdue days and returned evidence of its tasks; the
 * domain's formula (evaluateUnits) scores and ranks them.
 */
export async function readUnitEvaluation(
  ctx: ServiceContext<Actor>,
  input: EvaluationInput,
): Promise<UnitEvaluation> {
  const scope = { from: input.from, to: input.to };
  const [ranking, escalated, counts, fieldRates, settings] = await Promise.all([
    readUnitRanking(ctx, scope),
    readEscalatedByUnit(ctx.prisma, scope),
    readEvaluationCounts(ctx.prisma, scope, ctx.now),
    loadFieldScoreRates(ctx.prisma, { groupBy: "unit", from: input.from, to: input.to }),
    loadEvaluationSettings(ctx.prisma),
  ]);
  const rate = new Map(fieldRates.map((r) => [r.key, r.rate]));
  const units = evaluateUnits(
    ranking.byOnTime.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      tasks: u.tasks,
      judged: u.judged,
      closedOnTime: u.closedOnTime,
      overdueDays: counts.get(u.unitId)?.overdueDays ?? 0,
      returned: counts.get(u.unitId)?.returned ?? 0,
      escalated: escalated.get(u.unitId) ?? 0,
      fieldRate: rate.get(u.unitId) ?? null,
    })),
    settings,
    ranking.minTasks,
  );
  return { asOf: ctx.now, minTasks: ranking.minTasks, settings, units };
}
