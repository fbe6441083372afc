import { type Actor, rankUnits, type UnitRanking } from "@cw/domain";
import type { ServiceContext } from "../services/service-context.ts";
import { loadSettings } from "../services/settings.ts";
import { OVERVIEW_TASKS, type OverviewScope, overviewWhereSql, toCount } from "./overview-where.ts";
import {
  closedOnTimeTaskSql,
  closedTaskSql,
  escalatedTaskSql,
  judgedForOnTimeTaskSql,
  overdueTaskSql,
} from "./task-filters.ts";

/**
 * Each responsible unit's tasks under the filters, counted in SQL; the domain's rankUnits
 * then ranks these few aggregated rows (one per unit, never one per task).
 */
export async function readUnitRanking(
  ctx: ServiceContext<Actor>,
  filters: OverviewScope = {},
): Promise<UnitRanking> {
  const { prisma, now } = ctx;
  const { rankingMinTasks: minTasks } = await loadSettings(prisma);
  const rows = await prisma.$queryRaw<
    {
      id: string;
      name: string;
      tasks: bigint;
      judged: bigint;
      closed_on_time: bigint;
      overdue: bigint;
      closed: bigint;
      escalated: bigint;
    }[]
  >`
    SELECT u.id, u.name,
           count(*) AS tasks,
           count(*) FILTER (WHERE ${judgedForOnTimeTaskSql("t", now)}) AS judged,
           count(*) FILTER (WHERE ${closedOnTimeTaskSql("t")}) AS closed_on_time,
           count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue,
           count(*) FILTER (WHERE ${closedTaskSql("t")}) AS closed,
           count(*) FILTER (WHERE ${escalatedTaskSql("t")}) AS escalated
      FROM ${OVERVIEW_TASKS}
      JOIN responsible_unit u ON u.id = t."unitId"
     WHERE ${overviewWhereSql(filters)}
     GROUP BY u.id, u.name`;
  const ranked = rankUnits(
    rows.map((r) => ({
      unitId: r.id,
      unitName: r.name,
      tasks: toCount(r.tasks),
      judged: toCount(r.judged),
      closedOnTime: toCount(r.closed_on_time),
      overdue: toCount(r.overdue),
      closed: toCount(r.closed),
      escalated: toCount(r.escalated),
    })),
    minTasks,
  );
  return { minTasks, ...ranked };
}
