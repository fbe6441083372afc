import {
  type Actor,
  chartWeeks,
  endOfShanghaiDay,
  type OverviewFilters,
  startOfShanghaiDay,
  type WeeklyFlow,
} from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import { beijingTimeSql } from "./beijing-time-sql.ts";
import { OVERVIEW_TASKS, overviewWhereSql, toCount } from "./overview-where.ts";
import { closedTaskSql } from "./task-filters.ts";

/**
 * The Monday (Beijing) of an instant's week, as YYYY-MM-DD: ISO-week truncated Beijing wall
 * time, the same weeks as the domain's weekStartOf.
 */
function weekOfSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(date_trunc('week', ${beijingTimeSql(column)}), 'YYYY-MM-DD')`;
}

/**
 * Findings opened and tasks closed out per week over the chart's weeks. Opened = found that
 * week; closed = closed out that week, whenever found (so the period filter applies to the
 * closure date here, not to when the finding was found).
 */
export async function readWeeklyFlow(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters = {},
): Promise<WeeklyFlow> {
  const { prisma, now } = ctx;
  const weeks = chartWeeks(filters, now);
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return { weeks: [] };
  const start = startOfShanghaiDay(first.from);
  const end = endOfShanghaiDay(last.to);
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
