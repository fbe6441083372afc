import { type Actor, chartWeeks, type OverviewFilters, type WeeklyFlow } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import { overviewCached } from "./overview-cache.ts";
import { summaryWhereSql, toCount } from "./overview-where.ts";

/** The Monday of a Beijing day's ISO week, as YYYY-MM-DD (the domain's weekStartOf). */
function weekOfSql(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(date_trunc('week', ${day}::timestamp), 'YYYY-MM-DD')`;
}

/**
 * Findings opened and tasks closed out per week over the chart's weeks. Opened = found that
 * week; closed = closed out that week, whenever found (so the period filter applies to the
 * closure date here, not to when the finding was found).
 */
export function readWeeklyFlow(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters = {},
): Promise<WeeklyFlow> {
  // Shared while the summaries stand (decision 0028).
  return overviewCached(ctx, "weekly", filters, () => computeWeeklyFlow(ctx, filters));
}

async function computeWeeklyFlow(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters,
): Promise<WeeklyFlow> {
  const { prisma, now } = ctx;
  const weeks = chartWeeks(filters, now);
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return { weeks: [] };
  const where = summaryWhereSql(filters, { period: false });
  const [opened, closed] = await Promise.all([
    prisma.$queryRaw<{ week: string; n: bigint }[]>`
      SELECT ${weekOfSql(Prisma.sql`x."foundDay"`)} AS week, sum(x.tasks) AS n
        FROM summary_task_found x
       WHERE ${where} AND x."foundDay" BETWEEN ${first.from}::date AND ${last.to}::date
       GROUP BY 1`,
    prisma.$queryRaw<{ week: string; n: bigint }[]>`
      SELECT ${weekOfSql(Prisma.sql`x."closedDay"`)} AS week, sum(x.closed) AS n
        FROM summary_task_closed x
       WHERE ${where} AND x."closedDay" BETWEEN ${first.from}::date AND ${last.to}::date
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
