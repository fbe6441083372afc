import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { beijingTimeSql } from "./beijing-time-sql.ts";
import { openTaskSql, overdueTaskSql } from "./task-filters.ts";

/** Open findings and overdue tasks per standard (the one definition of open and overdue). */
export async function taskCountsByStandard(
  prisma: PrismaClient,
  standardIds: readonly string[],
  now: Date,
): Promise<Map<string, { open: number; overdue: number }>> {
  if (standardIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ standardId: string; open: bigint; overdue: bigint }[]>`
    SELECT f."standardId" AS "standardId",
           count(*) FILTER (WHERE ${openTaskSql("t")}) AS open,
           count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue
      FROM finding f JOIN rectification_task t ON t."findingId" = f.id
     WHERE f."standardId" IN (${Prisma.join(standardIds.map((id) => Prisma.sql`${id}::uuid`))})
     GROUP BY f."standardId"`;
  return new Map(
    rows.map((r) => [r.standardId, { open: Number(r.open), overdue: Number(r.overdue) }]),
  );
}

/** The last snapshot total of each year (Beijing time), for the cycle projection. */
export async function lastSnapshotPerYear(
  prisma: PrismaClient,
  systemId: string,
): Promise<Map<number, number>> {
  const year = Prisma.sql`extract(year FROM ${beijingTimeSql(Prisma.sql`"takenAt"`)})`;
  const rows = await prisma.$queryRaw<{ year: number; total: string }[]>`
    SELECT DISTINCT ON (y) y::int AS year, total::text AS total
      FROM (SELECT ${year} AS y, "takenAt", total
              FROM score_snapshot WHERE "systemId" = ${systemId}::uuid) s
     ORDER BY y, "takenAt" DESC`;
  return new Map(rows.map((r) => [Number(r.year), Number(r.total)]));
}
