import { endOfShanghaiDay, RETURNED_EVIDENCE, startOfShanghaiDay } from "@cw/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { OverviewScope } from "./overview-where.ts";
import { toCount } from "./overview-where.ts";

export interface EvaluationCounts {
  overdueDays: number;
  returned: number;
}

/**
 * Per responsible unit, over its tasks in scope (the overview scope's meaning, as in
 * escalated-by-unit.ts): overdue task-days (the domain's overdueTaskDays: day 1 starts at
 * dueAt; an open task counts up to now, a late closure up to its close) and the returned or
 * reopened evidence (RETURNED_EVIDENCE). The summaries count neither, so this reads the tasks.
 */
export async function readEvaluationCounts(
  prisma: PrismaClient,
  scope: OverviewScope,
  now: Date,
): Promise<Map<string, EvaluationCounts>> {
  const and: Prisma.Sql[] = [Prisma.sql`t."unitId" IS NOT NULL`];
  if (scope.unitId) and.push(Prisma.sql`t."unitId" = ${scope.unitId}::uuid`);
  if (scope.unitIds) and.push(Prisma.sql`t."unitId" = ANY(${[...scope.unitIds]}::uuid[])`);
  if (scope.gridId) and.push(Prisma.sql`s."gridId" = ${scope.gridId}::uuid`);
  if (scope.siteTypeId) and.push(Prisma.sql`s."siteTypeId" = ${scope.siteTypeId}::uuid`);
  if (scope.from) and.push(Prisma.sql`f."foundAt" >= ${startOfShanghaiDay(scope.from)}`);
  if (scope.to) and.push(Prisma.sql`f."foundAt" < ${endOfShanghaiDay(scope.to)}`);
  const results = [...RETURNED_EVIDENCE.verificationResults];
  const rows = await prisma.$queryRaw<
    { unit_id: string; overdue_days: bigint; returned: bigint }[]
  >`
    WITH timed AS (
      SELECT t.id, t."findingId", t."unitId", t."dueAt",
             CASE WHEN t.status::text = 'closed' THEN t."closedAt"
                  WHEN t.status::text = 'cancelled' THEN NULL
                  ELSE ${now}::timestamptz END AS until
        FROM rectification_task t
        JOIN finding f ON f.id = t."findingId"
        JOIN site s ON s.id = f."siteId"
       WHERE ${Prisma.join(and, " AND ")}
    ), returned AS (
      SELECT v."taskId" AS task_id, count(*) AS n FROM verification v
       WHERE v.result::text = ANY(${results}::text[]) AND v."taskId" IN (SELECT id FROM timed)
       GROUP BY 1
    ), reopened AS (
      SELECT a."entityId" AS finding_id, count(*) AS n FROM audit_event a
       WHERE a."entityType" = 'task' AND a.action = ${RETURNED_EVIDENCE.reopenAction}
         AND a."entityId" IN (SELECT "findingId"::text FROM timed)
       GROUP BY 1
    )
    SELECT x."unitId" AS unit_id,
           coalesce(sum(CASE WHEN x."dueAt" IS NOT NULL AND x.until >= x."dueAt"
                             THEN floor(extract(epoch FROM x.until - x."dueAt") / 86400) + 1
                             ELSE 0 END), 0)::bigint AS overdue_days,
           coalesce(sum(coalesce(r.n, 0) + coalesce(o.n, 0)), 0)::bigint AS returned
      FROM timed x
      LEFT JOIN returned r ON r.task_id = x.id
      LEFT JOIN reopened o ON o.finding_id = x."findingId"::text
     GROUP BY 1`;
  return new Map(
    rows.map((r) => [
      r.unit_id,
      { overdueDays: toCount(r.overdue_days), returned: toCount(r.returned) },
    ]),
  );
}
