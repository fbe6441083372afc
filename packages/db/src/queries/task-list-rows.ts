import type { EscalationLevel, FindingSource, FindingStatus, Severity } from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";

/** What a task-list row shows: the task, its finding, site, unit, owner and 督办 mark. */
export interface TaskListRow {
  id: string;
  status: FindingStatus;
  unitId: string | null;
  unitName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  deadline: Date | null;
  dueAt: Date | null;
  assignedAt: Date | null;
  submittedAt: Date | null;
  updatedAt: Date;
  foundAt: Date;
  version: number;
  pushedBackFromUnitId: string | null;
  findingId: string;
  code: string;
  siteId: string;
  siteName: string;
  siteTypeName: string;
  category: string;
  source: FindingSource;
  severity: Severity;
  description: string;
  /** The site's responsible unit, which the dispatch suggestion reads. */
  siteUnitId: string;
  siteUnitActive: boolean;
  /** The latest 督办 notice's level and how many were issued (null, 0: none). */
  escalationLevel: EscalationLevel | null;
  escalationCount: bigint | number;
}

/**
 * The rows of the tasks `ids`, in that order, in one statement: the page's query finds the ids
 * on its index, this joins what each row shows. (Prisma's nested select read the same in
 * eight statements, one per relation: issue 11.)
 */
export async function readTaskListRows(
  prisma: PrismaClient,
  ids: readonly string[],
): Promise<TaskListRow[]> {
  if (ids.length === 0) return [];
  return prisma.$queryRaw<TaskListRow[]>`
    SELECT t."id", t."status"::text AS "status", t."unitId", u."name" AS "unitName",
           t."ownerId", o."displayName" AS "ownerName", t."deadline", t."dueAt",
           t."assignedAt", t."submittedAt", t."updatedAt", t."foundAt", t."version",
           t."pushedBackFromUnitId",
           f."id" AS "findingId", f."code", f."siteId", s."name" AS "siteName",
           st."name" AS "siteTypeName", f."category", f."source"::text AS "source",
           f."severity"::text AS "severity", f."description",
           su."id" AS "siteUnitId", su."active" AS "siteUnitActive",
           e."level" AS "escalationLevel", coalesce(e."count", 0) AS "escalationCount"
      FROM unnest(${[...ids]}::uuid[]) WITH ORDINALITY AS p("id", "n")
      JOIN "rectification_task" t ON t."id" = p."id"
      JOIN "finding" f ON f."id" = t."findingId"
      JOIN "site" s ON s."id" = f."siteId"
      JOIN "site_type" st ON st."id" = s."siteTypeId"
      JOIN "responsible_unit" su ON su."id" = s."responsibleUnitId"
      LEFT JOIN "responsible_unit" u ON u."id" = t."unitId"
      LEFT JOIN "app_user" o ON o."id" = t."ownerId"
      -- Notices issued in one instant (a test clock, a batch) follow the version they bumped.
      LEFT JOIN LATERAL (
        SELECT (array_agg(x."level"::text ORDER BY x."issuedAt" DESC, x."taskVersion" DESC))[1] AS "level",
               count(*) AS "count"
          FROM "escalation" x WHERE x."taskId" = t."id"
      ) e ON TRUE
     ORDER BY p."n"`;
}
