import { DUPLICATE_RADIUS_M } from "@cw/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "../services/audit.ts";
import { distanceMetersSql } from "./distance-sql.ts";
import { openTaskSql } from "./task-filters.ts";

/**
 * Open findings a citizen report may be a duplicate of: the same category within
 * DUPLICATE_RADIUS_M of the report's position (the finding's own position, else its site's),
 * and any open finding at the report's site. Nearest first, then the same site, newest.
 */
export async function nearbyOpenFindings(
  prisma: PrismaClient | Tx,
  report: {
    category: string;
    siteId: string | null;
    position: { lat: number; lng: number } | null;
  },
  limit = 20,
): Promise<{ findingId: string; distance: number | null; sameSite: boolean }[]> {
  const { position, siteId } = report;
  const distance = position
    ? distanceMetersSql(
        Prisma.sql`coalesce(f."latitude", s."latitude")`,
        Prisma.sql`coalesce(f."longitude", s."longitude")`,
        position,
      )
    : Prisma.sql`NULL::int`;
  const near = position
    ? Prisma.sql`(f."category" = ${report.category} AND ${distance} <= ${DUPLICATE_RADIUS_M})`
    : Prisma.sql`FALSE`;
  const atSite = siteId ? Prisma.sql`f."siteId" = ${siteId}::uuid` : Prisma.sql`FALSE`;
  return prisma.$queryRaw<{ findingId: string; distance: number | null; sameSite: boolean }[]>`
    SELECT f."id" AS "findingId", ${distance} AS "distance", ${atSite} AS "sameSite"
    FROM "finding" f
    JOIN "rectification_task" t ON t."findingId" = f."id"
    JOIN "site" s ON s."id" = f."siteId"
    WHERE ${openTaskSql("t")} AND f."duplicateOfId" IS NULL AND (${near} OR ${atSite})
    ORDER BY "distance" ASC NULLS LAST, "sameSite" DESC, f."foundAt" DESC, f."id" DESC
    LIMIT ${limit}`;
}

/** The active site nearest a position (a report without a site is matched to it). */
export async function nearestSite(
  prisma: PrismaClient | Tx,
  position: { lat: number; lng: number },
): Promise<string | null> {
  const distance = distanceMetersSql(Prisma.sql`s."latitude"`, Prisma.sql`s."longitude"`, position);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "site" s WHERE s."active"
    ORDER BY ${distance} ASC, s."id" ASC LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** Reports received in [from, to), by outcome, and the median minutes to the first triage. */
export async function triageMetricsSql(
  prisma: PrismaClient,
  window: { from: Date; to: Date },
): Promise<{
  received: number;
  accepted: number;
  merged: number;
  rejected: number;
  waiting: number;
  median: number | null;
}> {
  const rows = await prisma.$queryRaw<
    {
      received: number;
      accepted: number;
      merged: number;
      rejected: number;
      waiting: number;
      median: number | null;
    }[]
  >`
    SELECT count(*)::int AS "received",
           count(*) FILTER (WHERE r."status" = 'accepted')::int AS "accepted",
           count(*) FILTER (WHERE r."status" = 'merged')::int AS "merged",
           count(*) FILTER (WHERE r."status" = 'rejected')::int AS "rejected",
           count(*) FILTER (WHERE r."status" = 'received')::int AS "waiting",
           (percentile_cont(0.5) WITHIN GROUP (
              ORDER BY extract(epoch FROM r."firstTriagedAt" - r."receivedAt") / 60
            ) FILTER (WHERE r."firstTriagedAt" IS NOT NULL))::float8 AS "median"
    FROM "citizen_report" r
    WHERE r."receivedAt" >= ${window.from}::timestamptz AND r."receivedAt" < ${window.to}::timestamptz`;
  const row = rows[0];
  return row ?? { received: 0, accepted: 0, merged: 0, rejected: 0, waiting: 0, median: null };
}

/** 解决了吗? answers by the unit of the finding's task: how many, how many "fixed". */
export async function satisfactionByUnitSql(
  prisma: PrismaClient,
): Promise<{ unitId: string; unitName: string; answers: number; fixed: number }[]> {
  return prisma.$queryRaw`
    SELECT u."id" AS "unitId", u."name" AS "unitName", count(*)::int AS "answers",
           count(*) FILTER (WHERE a."answer" = 'fixed')::int AS "fixed"
    FROM "finding_satisfaction" a
    JOIN "rectification_task" t ON t."findingId" = a."findingId"
    JOIN "responsible_unit" u ON u."id" = t."unitId"
    GROUP BY u."id", u."name"
    ORDER BY "answers" DESC, u."name" ASC`;
}
