import type { Actor, VerificationQueueInput, VerificationQueueItem } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import { distanceMetersSql } from "./distance-sql.ts";
import { toTaskListItem } from "./list-tasks.ts";
import { readTaskListRows } from "./task-list-rows.ts";
import { loadTimingContext } from "./task-list-where.ts";

/**
 * 待复查 for one verifier: submitted fixes they did not submit themselves (the workflow's
 * notBySubmitter), nearest first from the position given — the finding's own position, else
 * its site's — or, without a position, the longest waiting first. Distances are the
 * equirectangular approximation, exact to well under a metre at a city's scale.
 */
export async function listVerificationQueue(
  ctx: ServiceContext<Actor>,
  input: VerificationQueueInput,
): Promise<{ items: VerificationQueueItem[] }> {
  const { prisma, actor } = ctx;
  const here =
    input.latitude !== undefined && input.longitude !== undefined
      ? { lat: input.latitude, lng: input.longitude }
      : null;
  const distance = here
    ? distanceMetersSql(
        Prisma.sql`coalesce(f."latitude", s."latitude")`,
        Prisma.sql`coalesce(f."longitude", s."longitude")`,
        here,
      )
    : Prisma.sql`NULL::int`;
  const ranked = await prisma.$queryRaw<{ id: string; distance: number | null }[]>`
    SELECT t."id", ${distance} AS "distance"
    FROM "rectification_task" t
    JOIN "finding" f ON f."id" = t."findingId"
    JOIN "site" s ON s."id" = f."siteId"
    WHERE t."status" = 'submitted'
      AND t."submittedById" IS DISTINCT FROM ${actor.id}::uuid
    ORDER BY "distance" ASC NULLS LAST, t."submittedAt" ASC, t."id" ASC
    LIMIT ${input.limit}`;
  if (ranked.length === 0) return { items: [] };
  const [timing, rows] = await Promise.all([
    loadTimingContext(prisma, ctx.now),
    readTaskListRows(
      prisma,
      ranked.map((r) => r.id),
    ),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    items: ranked.flatMap(({ id, distance: metres }) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        { ...toTaskListItem(row, timing), submittedAt: row.submittedAt, distanceMeters: metres },
      ];
    }),
  };
}
