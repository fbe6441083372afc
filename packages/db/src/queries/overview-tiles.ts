import { type Actor, type OverviewTiles, shareOf } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import { OVERVIEW_TASKS, type OverviewScope, overviewWhereSql, toCount } from "./overview-where.ts";
import {
  closedOnTimeTaskSql,
  closedTaskSql,
  daysToCloseSql,
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
  ctx: ServiceContext<Actor>,
  filters: OverviewScope = {},
): Promise<OverviewTiles> {
  const { prisma, now } = ctx;
  const where = overviewWhereSql(filters);
  const daysToClose = daysToCloseSql("t", "f");
  const [rows, sites] = await Promise.all([
    // The median of the domain's days to close over the tasks it is measured on.
    prisma.$queryRaw<TileRow[]>`
      SELECT count(*) FILTER (WHERE ${openTaskSql("t")}) AS open,
             count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue,
             count(*) FILTER (WHERE ${closedTaskSql("t")}) AS closed,
             count(*) FILTER (WHERE ${closedOnTimeTaskSql("t")}) AS closed_on_time,
             count(*) FILTER (WHERE ${judgedForOnTimeTaskSql("t", now)}) AS judged,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysToClose.days})
               FILTER (WHERE ${daysToClose.over}) AS median_days
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
function siteWhereSql(filters: OverviewScope): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.unitId) and.push(Prisma.sql`s."responsibleUnitId" = ${filters.unitId}::uuid`);
  if (filters.unitIds) {
    and.push(Prisma.sql`s."responsibleUnitId" = ANY(${[...filters.unitIds]}::uuid[])`);
  }
  if (filters.inspectionId) {
    and.push(
      Prisma.sql`s.id IN (SELECT "siteId" FROM inspection_site WHERE "inspectionId" = ${filters.inspectionId}::uuid)`,
    );
  }
  if (filters.gridId) and.push(Prisma.sql`s."gridId" = ${filters.gridId}::uuid`);
  if (filters.siteTypeId) and.push(Prisma.sql`s."siteTypeId" = ${filters.siteTypeId}::uuid`);
  return Prisma.join(and, " AND ");
}
