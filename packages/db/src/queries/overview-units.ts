import { type Actor, rankUnits, type UnitRanking, type UnitTaskCounts } from "@cw/domain";
import type { ServiceContext } from "../services/service-context.ts";
import { loadSettings } from "../services/settings.ts";
import { overviewCached } from "./overview-cache.ts";
import {
  type OverviewScope,
  overdueSummarySql,
  summaryWhereSql,
  toCount,
} from "./overview-where.ts";

/**
 * Each responsible unit's tasks under the filters, counted in SQL; the domain's rankUnits
 * then ranks these few aggregated rows (one per unit, never one per task).
 */
export async function readUnitRanking(
  ctx: ServiceContext<Actor>,
  filters: OverviewScope = {},
): Promise<UnitRanking> {
  // The counts are shared while the summaries stand (decision 0028); the ranking follows the
  // settings as they are now.
  const [{ rankingMinTasks: minTasks }, counts] = await Promise.all([
    loadSettings(ctx.prisma),
    overviewCached(ctx, "units", filters, () => readUnitCounts(ctx, filters)),
  ]);
  return { minTasks, ...rankUnits(counts, minTasks) };
}

async function readUnitCounts(
  ctx: ServiceContext<Actor>,
  filters: OverviewScope,
): Promise<UnitTaskCounts[]> {
  const { prisma, now } = ctx;
  // Judged = closed with a deadline + overdue now (the domain's judgedForOnTimeCriteria).
  const where = summaryWhereSql(filters);
  const rows = await prisma.$queryRaw<
    {
      id: string;
      name: string;
      tasks: bigint;
      judged: bigint;
      closed_on_time: bigint;
      overdue: bigint;
      closed: bigint;
    }[]
  >`
    SELECT u.id, u.name, f.tasks,
           f.closed_with_deadline + coalesce(o.overdue, 0) AS judged,
           f.closed_on_time, coalesce(o.overdue, 0) AS overdue, f.closed
      FROM (SELECT x."unitId", sum(x.tasks) AS tasks,
                   sum(x."closedWithDeadline") AS closed_with_deadline,
                   sum(x."closedOnTime") AS closed_on_time, sum(x.closed) AS closed
              FROM summary_task_found x WHERE ${where} GROUP BY 1) f
      JOIN responsible_unit u ON u.id = f."unitId"
      LEFT JOIN (SELECT x."unitId", sum(x.open) AS overdue
                   FROM summary_task_open x WHERE ${where} AND ${overdueSummarySql(now)}
                  GROUP BY 1) o ON o."unitId" = f."unitId"`;
  return rows.map((r) => ({
    unitId: r.id,
    unitName: r.name,
    tasks: toCount(r.tasks),
    judged: toCount(r.judged),
    closedOnTime: toCount(r.closed_on_time),
    overdue: toCount(r.overdue),
    closed: toCount(r.closed),
  }));
}
