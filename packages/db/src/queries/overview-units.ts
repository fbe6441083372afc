import { type Actor, type OverviewFilters, rankUnits, type UnitRanking } from "@cw/domain";
import type { ServiceContext } from "../services/service-context.ts";
import { loadSettings } from "../services/settings.ts";
import { overdueSummarySql, summaryWhereSql, toCount } from "./overview-where.ts";

/**
 * Each responsible unit's tasks under the filters, counted in SQL; the domain's rankUnits
 * then ranks these few aggregated rows (one per unit, never one per task).
 */
export async function readUnitRanking(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters = {},
): Promise<UnitRanking> {
  const { prisma, now } = ctx;
  const { rankingMinTasks: minTasks } = await loadSettings(prisma);
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
    }[]
  >`
    SELECT u.id, u.name, f.tasks,
           f.closed_with_deadline + coalesce(o.overdue, 0) AS judged,
           f.closed_on_time, coalesce(o.overdue, 0) AS overdue
      FROM (SELECT x."unitId", sum(x.tasks) AS tasks,
                   sum(x."closedWithDeadline") AS closed_with_deadline,
                   sum(x."closedOnTime") AS closed_on_time
              FROM summary_task_found x WHERE ${where} GROUP BY 1) f
      JOIN responsible_unit u ON u.id = f."unitId"
      LEFT JOIN (SELECT x."unitId", sum(x.open) AS overdue
                   FROM summary_task_open x WHERE ${where} AND ${overdueSummarySql(now)}
                  GROUP BY 1) o ON o."unitId" = f."unitId"`;
  const ranked = rankUnits(
    rows.map((r) => ({
      unitId: r.id,
      unitName: r.name,
      tasks: toCount(r.tasks),
      judged: toCount(r.judged),
      closedOnTime: toCount(r.closed_on_time),
      overdue: toCount(r.overdue),
    })),
    minTasks,
  );
  return { minTasks, ...ranked };
}
