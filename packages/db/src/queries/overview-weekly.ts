import {
  chartWeeks,
  type OverviewFilters,
  SHANGHAI_OFFSET_MS,
  startOfShanghaiDay,
  type WeeklyFlow,
} from "@cw/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { dayAfter, OVERVIEW_TASKS, overviewWhereSql, toCount } from "./overview-where.ts";
import { closedTaskSql } from "./task-filters.ts";

/**
 * The Monday (Beijing) of an instant's week, as YYYY-MM-DD: shifted to Beijing wall time
 * without relying on the server's time-zone data or session zone, then ISO-week truncated,
 * the same weeks as the domain's weekStartOf.
 */
function weekOfSql(column: Prisma.Sql): Prisma.Sql {
  const offset = Prisma.raw(`interval '${SHANGHAI_OFFSET_MS / 1000} seconds'`);
  return Prisma.sql`to_char(date_trunc('week', (${column} AT TIME ZONE 'UTC') + ${offset}), 'YYYY-MM-DD')`;
}

/**
 * Findings opened and tasks closed out per week over the chart's weeks. Opened = found that
 * week; closed = closed out that week, whenever found (so the period filter applies to the
 * closure date here, not to when the finding was found).
 */
export async function readWeeklyFlow(
  prisma: PrismaClient,
  filters: OverviewFilters,
  now: Date,
): Promise<WeeklyFlow> {
  const weeks = chartWeeks(filters, now);
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return { weeks: [] };
  const start = startOfShanghaiDay(first.from);
  const end = dayAfter(last.to);
  const [opened, closed] = await Promise.all([
    prisma.$queryRaw<{ week: string; n: bigint }[]>`
      SELECT ${weekOfSql(Prisma.sql`f."foundAt"`)} AS week, count(*) AS n
        FROM ${OVERVIEW_TASKS}
       WHERE ${overviewWhereSql(filters, { period: false })}
         AND f."foundAt" >= ${start} AND f."foundAt" < ${end}
       GROUP BY 1`,
    prisma.$queryRaw<{ week: string; n: bigint }[]>`
      SELECT ${weekOfSql(Prisma.sql`t."closedAt"`)} AS week, count(*) AS n
        FROM ${OVERVIEW_TASKS}
       WHERE ${overviewWhereSql(filters, { period: false })}
         AND ${closedTaskSql("t")}
         AND t."closedAt" >= ${start} AND t."closedAt" < ${end}
       GROUP BY 1`,
  ]);
  const openedBy = new Map(opened.map((r) => [r.week, toCount(r.n)]));
  const closedBy = new Map(closed.map((r) => [r.week, toCount(r.n)]));
  return {
    weeks: weeks.map((w) => ({
      ...w,
      opened: openedBy.get(w.weekStart) ?? 0,
      closed: closedBy.get(w.weekStart) ?? 0,
    })),
  };
}
