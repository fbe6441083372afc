import { type Actor, agingBucketRanges, type OverdueAging, type OverviewFilters } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import { OVERVIEW_TASKS, overviewWhereSql, toCount } from "./overview-where.ts";
import { overdueTaskSql } from "./task-filters.ts";

/** Overdue tasks by how long they have been overdue (the domain's AGING_BUCKETS). */
export async function readOverdueAging(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters = {},
): Promise<OverdueAging> {
  const { prisma, now } = ctx;
  const ranges = agingBucketRanges(now);
  // Buckets are checked newest first, so each WHEN only needs its lower bound.
  const whens = ranges.map((r) =>
    r.dueAtAfter === null
      ? Prisma.sql`WHEN TRUE THEN ${r.key}`
      : Prisma.sql`WHEN t."dueAt" > ${r.dueAtAfter} THEN ${r.key}`,
  );
  const rows = await prisma.$queryRaw<{ bucket: string; n: bigint }[]>`
    SELECT CASE ${Prisma.join(whens, " ")} END AS bucket, count(*) AS n
      FROM ${OVERVIEW_TASKS}
     WHERE ${overdueTaskSql("t", now)} AND ${overviewWhereSql(filters)}
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
