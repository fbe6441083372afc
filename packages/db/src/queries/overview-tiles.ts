import type { OverviewFilters, OverviewTiles } from "@cw/domain";
import { shareOf } from "@cw/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { OVERVIEW_TASKS, overviewWhereSql, toCount } from "./overview-where.ts";
import {
  closedOnTimeTaskSql,
  closedTaskSql,
  judgedForOnTimeTaskSql,
  openTaskSql,
  overdueTaskSql,
} from "./task-filters.ts";

interface TileRow {
  open: bigint;
  overdue: bigint;
  closed: bigint;
  closed_on_time: bigint;
  judged: bigint;
  median_days: number | null;
}

/** The overview's headline numbers: one pass over the filtered tasks, plus the site count. */
export async function readOverviewTiles(
  prisma: PrismaClient,
  filters: OverviewFilters,
  now: Date,
): Promise<OverviewTiles> {
  const where = overviewWhereSql(filters);
  const [rows, sites] = await Promise.all([
    // Days to close = closedAt − foundAt (domain daysToClose), the median over closed tasks.
    prisma.$queryRaw<TileRow[]>`
      SELECT count(*) FILTER (WHERE ${openTaskSql("t")}) AS open,
             count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue,
             count(*) FILTER (WHERE ${closedTaskSql("t")}) AS closed,
             count(*) FILTER (WHERE ${closedOnTimeTaskSql("t")}) AS closed_on_time,
             count(*) FILTER (WHERE ${judgedForOnTimeTaskSql("t", now)}) AS judged,
             percentile_cont(0.5) WITHIN GROUP (
               ORDER BY EXTRACT(EPOCH FROM (t."closedAt" - f."foundAt")) / 86400.0
             ) FILTER (WHERE ${closedTaskSql("t")} AND t."closedAt" IS NOT NULL) AS median_days
        FROM ${OVERVIEW_TASKS}
       WHERE ${where}`,
    prisma.$queryRaw<{ sites: bigint }[]>`
      SELECT count(*) AS sites FROM site s WHERE ${siteWhereSql(filters)}`,
  ]);
  const row = rows[0];
  const open = toCount(row?.open);
  const overdue = toCount(row?.overdue);
  const closedOnTime = toCount(row?.closed_on_time);
  const judged = toCount(row?.judged);
  const median = row?.median_days;
  return {
    asOf: now,
    siteCount: toCount(sites[0]?.sites),
    openFindings: open,
    overdueFindings: overdue,
    overdueShare: shareOf(overdue, open),
    closedOnTime,
    judgedTasks: judged,
    onTimeShare: shareOf(closedOnTime, judged),
    closedTasks: toCount(row?.closed),
    // A close-out recorded before the finding's time (clock skew on import) is not negative days.
    medianDaysToClose: median === null || median === undefined ? null : Math.max(0, Number(median)),
  };
}

/** Sites under the filters: a unit's sites are those it is responsible for. */
function siteWhereSql(filters: OverviewFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.unitId) and.push(Prisma.sql`s."responsibleUnitId" = ${filters.unitId}::uuid`);
  if (filters.gridId) and.push(Prisma.sql`s."gridId" = ${filters.gridId}::uuid`);
  if (filters.siteTypeId) and.push(Prisma.sql`s."siteTypeId" = ${filters.siteTypeId}::uuid`);
  return Prisma.join(and, " AND ");
}
