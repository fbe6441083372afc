import type { Overview } from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";
import {
  openFindingSql,
  openFindingWhere,
  overdueFindingSql,
  overdueFindingWhere,
} from "./finding-filters.ts";

/** The leader overview's numbers, aggregated in SQL. */
export async function readOverview(prisma: PrismaClient, now: Date): Promise<Overview> {
  const [siteCount, openFindings, overdueFindings, bySiteType] = await Promise.all([
    prisma.site.count(),
    prisma.finding.count({ where: openFindingWhere(now) }),
    prisma.finding.count({ where: overdueFindingWhere(now) }),
    // groupBy cannot group by a relation's column, so this one is typed raw SQL.
    prisma.$queryRaw<{ code: string; name: string; open: bigint; overdue: bigint }[]>`
      SELECT st.code, st.name,
             count(f.id) AS open,
             count(f.id) FILTER (WHERE ${overdueFindingSql("f", now)}) AS overdue
        FROM site_type st
        JOIN site s ON s."siteTypeId" = st.id
        JOIN finding f ON f."siteId" = s.id
       WHERE ${openFindingSql("f", now)}
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
