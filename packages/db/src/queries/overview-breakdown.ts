import type { Actor, FindingBreakdown, OverviewFilters } from "@cw/domain";
import type { ServiceContext } from "../services/service-context.ts";
import { OVERVIEW_TASKS, overviewWhereSql, toCount } from "./overview-where.ts";
import { openTaskSql, overdueTaskSql } from "./task-filters.ts";

type Counts = { open: bigint; overdue: bigint };

/** Open and overdue findings by site type and by category, most open first. */
export async function readFindingBreakdown(
  ctx: ServiceContext<Actor>,
  filters: OverviewFilters = {},
): Promise<FindingBreakdown> {
  const { prisma, now } = ctx;
  const where = overviewWhereSql(filters);
  const [bySiteType, byCategory] = await Promise.all([
    prisma.$queryRaw<({ id: string; code: string; name: string } & Counts)[]>`
      SELECT st.id, st.code, st.name,
             count(*) AS open,
             count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue
        FROM ${OVERVIEW_TASKS}
        JOIN site_type st ON st.id = s."siteTypeId"
       WHERE ${openTaskSql("t")} AND ${where}
       GROUP BY st.id, st.code, st.name, st."sortOrder"
       ORDER BY open DESC, st."sortOrder", st.code`,
    prisma.$queryRaw<({ code: string; name: string; nameEn: string } & Counts)[]>`
      SELECT c.code, c.name, c."nameEn",
             count(*) AS open,
             count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue
        FROM ${OVERVIEW_TASKS}
        JOIN finding_category c ON c.code = f.category
       WHERE ${openTaskSql("t")} AND ${where}
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
