import type { Actor, FindingBreakdown, OverviewFilters } from "@cw/domain";
import type { ServiceContext } from "../services/service-context.ts";
import { overviewCached } from "./overview-cache.ts";
import { overdueSummarySql, summaryWhereSql, toCount } from "./overview-where.ts";

type Counts = { open: bigint; overdue: bigint };

/** Open and overdue findings by site type and by category, most open first. */
export function readFindingBreakdown(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters = {},
): Promise<FindingBreakdown> {
  // Shared while the summaries stand (decision 0028).
  return overviewCached(ctx, "breakdown", filters, () => computeFindingBreakdown(ctx, filters));
}

async function computeFindingBreakdown(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters,
): Promise<FindingBreakdown> {
  const { prisma, now } = ctx;
  // summary_task_open holds the open tasks only; overdue is derived from today.
  const where = summaryWhereSql(filters);
  const overdue = overdueSummarySql(now);
  const [bySiteType, byCategory] = await Promise.all([
    prisma.$queryRaw<({ id: string; code: string; name: string } & Counts)[]>`
      SELECT st.id, st.code, st.name,
             sum(x.open) AS open,
             coalesce(sum(x.open) FILTER (WHERE ${overdue}), 0) AS overdue
        FROM summary_task_open x
        JOIN site s ON s.id = x."siteId"
        JOIN site_type st ON st.id = s."siteTypeId"
       WHERE ${where}
       GROUP BY st.id, st.code, st.name, st."sortOrder"
       ORDER BY open DESC, st."sortOrder", st.code`,
    prisma.$queryRaw<({ code: string; name: string; nameEn: string } & Counts)[]>`
      SELECT c.code, c.name, c."nameEn",
             sum(x.open) AS open,
             coalesce(sum(x.open) FILTER (WHERE ${overdue}), 0) AS overdue
        FROM summary_task_open x
        JOIN finding_category c ON c.code = x.category
       WHERE ${where}
       GROUP BY c.code, c.name, c."nameEn", c."sortOrder"
       ORDER BY open DESC, c."sortOrder", c.code`,
  ]);
  const counts = (r: Counts) => ({ open: toCount(r.open), overdue: toCount(r.overdue) });
  return {
    bySiteType: bySiteType.map((r) => ({ id: r.id, code: r.code, name: r.name, ...counts(r) })),
    byCategory: byCategory.map((r) => ({
      code: r.code,
      name: r.name,
      nameEn: r.nameEn,
      ...counts(r),
    })),
  };
}
