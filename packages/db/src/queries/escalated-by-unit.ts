import { endOfShanghaiDay, startOfShanghaiDay } from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { OverviewScope } from "./overview-where.ts";
import { toCount } from "./overview-where.ts";

/**
 * Per responsible unit, how many of its tasks in scope carry at least one escalation (督办:
 * supervision notice, public notice or talk). The summaries do not count escalations, so this
 * reads the tasks, under the overview scope's meaning (unit, grid, site type, found day).
 */
export async function readEscalatedByUnit(
  prisma: PrismaClient,
  scope: OverviewScope,
): Promise<Map<string, number>> {
  const and: Prisma.Sql[] = [
    Prisma.sql`EXISTS (SELECT 1 FROM escalation e WHERE e."taskId" = t.id)`,
    Prisma.sql`t."unitId" IS NOT NULL`,
  ];
  if (scope.unitId) and.push(Prisma.sql`t."unitId" = ${scope.unitId}::uuid`);
  if (scope.unitIds) and.push(Prisma.sql`t."unitId" = ANY(${[...scope.unitIds]}::uuid[])`);
  if (scope.gridId) and.push(Prisma.sql`s."gridId" = ${scope.gridId}::uuid`);
  if (scope.siteTypeId) and.push(Prisma.sql`s."siteTypeId" = ${scope.siteTypeId}::uuid`);
  if (scope.from) and.push(Prisma.sql`f."foundAt" >= ${startOfShanghaiDay(scope.from)}`);
  if (scope.to) and.push(Prisma.sql`f."foundAt" < ${endOfShanghaiDay(scope.to)}`);
  const rows = await prisma.$queryRaw<{ unit_id: string; escalated: bigint }[]>`
    SELECT t."unitId" AS unit_id, count(*) AS escalated
      FROM rectification_task t
      JOIN finding f ON f.id = t."findingId"
      JOIN site s ON s.id = f."siteId"
     WHERE ${Prisma.join(and, " AND ")}
     GROUP BY 1`;
  return new Map(rows.map((r) => [r.unit_id, toCount(r.escalated)]));
}
