import { type Actor, agingBucketRanges, type OverdueAging, type OverviewFilters } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import { overviewCached } from "./overview-cache.ts";
import { overdueSummarySql, summaryWhereSql, toCount } from "./overview-where.ts";

/** Overdue tasks by how long they have been overdue (the domain's AGING_BUCKETS). */
export function readOverdueAging(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters = {},
): Promise<OverdueAging> {
  // Shared while the summaries stand (decision 0028).
  return overviewCached(ctx, "aging", filters, () => computeOverdueAging(ctx, filters));
}

async function computeOverdueAging(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters,
): Promise<OverdueAging> {
  const { prisma, now } = ctx;
  const ranges = agingBucketRanges(now);
  // Buckets are checked newest first, so each WHEN only needs its lower bound: a task in a
  // bucket has its deadline (the day before overdueFrom) on or after the bucket's first day.
  const whens = ranges.map((r) =>
    r.deadlineFrom === null
      ? Prisma.sql`WHEN TRUE THEN ${r.key}`
      : Prisma.sql`WHEN x."overdueFrom" - 1 >= ${r.deadlineFrom}::date THEN ${r.key}`,
  );
  const rows = await prisma.$queryRaw<{ bucket: string; n: bigint }[]>`
    SELECT CASE ${Prisma.join(whens, " ")} END AS bucket, sum(x.open) AS n
      FROM summary_task_open x
     WHERE ${overdueSummarySql(now)} AND ${summaryWhereSql(filters)}
     GROUP BY 1`;
  const counts = new Map(rows.map((r) => [r.bucket, toCount(r.n)]));
  return {
    buckets: ranges.map((r) => ({
      key: r.key,
      count: counts.get(r.key) ?? 0,
      deadlineFrom: r.deadlineFrom,
      deadlineTo: r.deadlineTo,
    })),
  };
}
