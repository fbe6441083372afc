import { type Actor, type OverviewTiles, shareOf } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import { overviewCached } from "./overview-cache.ts";
import {
  type OverviewScope,
  overdueSummarySql,
  summaryWhereSql,
  toCount,
} from "./overview-where.ts";

interface FoundRow {
  open: bigint | null;
  closed: bigint | null;
  closed_on_time: bigint | null;
  closed_with_deadline: bigint | null;
}

/**
 * The overview's headline numbers from the summaries. Judged for the on-time share = closed
 * with a deadline (counted as work happens) + overdue now (the domain's
 * judgedForOnTimeCriteria). The median days to close is the median of the hours each closed
 * task took (summary_task_close_time, whole hours): the same interpolated median as
 * percentile_cont over the tasks, to the hour.
 */
export async function readOverviewTiles(
  ctx: ServiceContext<Actor>,
  filters: OverviewScope = {},
): Promise<OverviewTiles> {
  // Shared while the summaries stand (decision 0028); the numbers hold as of this request.
  const tiles = await overviewCached(ctx, "tiles", filters, () =>
    computeOverviewTiles(ctx, filters),
  );
  return { ...tiles, asOf: ctx.now };
}

async function computeOverviewTiles(
  ctx: ServiceContext<Actor>,
  filters: OverviewScope,
): Promise<OverviewTiles> {
  const { prisma, now } = ctx;
  const where = summaryWhereSql(filters);
  const [found, overdueRows, median, sites] = await Promise.all([
    prisma.$queryRaw<FoundRow[]>`
      SELECT sum(x.open) AS open, sum(x.closed) AS closed,
             sum(x."closedOnTime") AS closed_on_time,
             sum(x."closedWithDeadline") AS closed_with_deadline
        FROM summary_task_found x WHERE ${where}`,
    prisma.$queryRaw<{ overdue: bigint | null }[]>`
      SELECT sum(x.open) AS overdue FROM summary_task_open x
       WHERE ${where} AND ${overdueSummarySql(now)}`,
    prisma.$queryRaw<{ median_hours: number | null }[]>`
      WITH h AS (SELECT x."hoursToClose" AS v, sum(x.closed) AS n
                   FROM summary_task_close_time x WHERE ${where} GROUP BY 1),
           c AS (SELECT v, sum(n) OVER (ORDER BY v) AS upto, sum(n) OVER () AS total FROM h),
           p AS (SELECT (max(total) - 1) / 2.0 AS pos FROM c)
      SELECT ((SELECT min(v) FROM c, p WHERE c.upto > floor(p.pos)) * (1 - (p.pos - floor(p.pos)))
            + (SELECT min(v) FROM c, p WHERE c.upto > ceil(p.pos)) * (p.pos - floor(p.pos)))::float8
             AS median_hours
        FROM p`,
    prisma.$queryRaw<{ sites: bigint }[]>`
      SELECT count(*) AS sites FROM site s WHERE ${siteWhereSql(filters)}`,
  ]);
  const row = found[0];
  const open = toCount(row?.open);
  const overdue = toCount(overdueRows[0]?.overdue);
  const closedOnTime = toCount(row?.closed_on_time);
  const judged = toCount(row?.closed_with_deadline) + overdue;
  const hours = median[0]?.median_hours;
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
    medianDaysToClose: hours === null || hours === undefined ? null : Math.max(0, hours / 24),
  };
}

/** Sites under the filters: a unit's sites are those it is responsible for. */
function siteWhereSql(filters: OverviewScope): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.unitId) and.push(Prisma.sql`s."responsibleUnitId" = ${filters.unitId}::uuid`);
  if (filters.unitIds) {
    and.push(Prisma.sql`s."responsibleUnitId" = ANY(${[...filters.unitIds]}::uuid[])`);
  }
  if (filters.gridId) and.push(Prisma.sql`s."gridId" = ${filters.gridId}::uuid`);
  if (filters.siteTypeId) and.push(Prisma.sql`s."siteTypeId" = ${filters.siteTypeId}::uuid`);
  return Prisma.join(and, " AND ");
}
