import type { Overview } from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { openTaskSql, openTaskWhere, overdueTaskSql, overdueTaskWhere } from "./task-filters.ts";

/** The leader overview's numbers, aggregated in SQL. */
export async function readOverview(prisma: PrismaClient, now: Date): Promise<Overview> {
  const [siteCount, openFindings, overdueFindings, bySiteType] = await Promise.all([
    prisma.site.count(),
    prisma.rectificationTask.count({ where: openTaskWhere }),
    prisma.rectificationTask.count({ where: overdueTaskWhere(now) }),
    // groupBy cannot group by a relation's column, so this one is typed raw SQL.
    prisma.$queryRaw<{ code: string; name: string; open: bigint; overdue: bigint }[]>`
      SELECT st.code, st.name,
             count(t.id) AS open,
             count(t.id) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue
        FROM site_type st
        JOIN site s ON s."siteTypeId" = st.id
        JOIN finding f ON f."siteId" = s.id
        JOIN rectification_task t ON t."findingId" = f.id
       WHERE ${openTaskSql("t")}
       GROUP BY st.code, st.name, st."sortOrder"
       ORDER BY open DESC, st."sortOrder", st.code`,
  ]);
  return {
    asOf: now,
    siteCount,
    openFindings,
    overdueFindings,
    openBySiteType: bySiteType.map((row) => ({
      siteTypeCode: row.code,
      siteTypeName: row.name,
      open: Number(row.open),
      overdue: Number(row.overdue),
    })),
  };
}
