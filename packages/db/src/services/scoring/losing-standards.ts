import type { ScoringSettings } from "@cw/domain";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import { openTaskSql, overdueTaskSql } from "../../queries/task-filters.ts";
import { readProjectedScore } from "./projected-score.ts";

/**
 * "Where do we lose the most points?": standards ranked by points lost, each with its open
 * findings and overdue tasks (counted in SQL with the one definition of open and overdue).
 */
export async function readLosingStandards(
  prisma: PrismaClient,
  systemId: string,
  now: Date,
  settings: ScoringSettings,
  limit: number,
) {
  const score = await readProjectedScore(prisma, systemId, settings);
  const ranked = score.standards
    .filter((s) => s.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.code.localeCompare(b.code))
    .slice(0, limit);
  const ids = ranked.map((s) => s.standardId);
  const counts = ids.length
    ? await prisma.$queryRaw<{ standardId: string; open: bigint; overdue: bigint }[]>`
        SELECT f."standardId" AS "standardId",
               count(*) FILTER (WHERE ${openTaskSql("t")}) AS open,
               count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue
          FROM finding f JOIN rectification_task t ON t."findingId" = f.id
         WHERE f."standardId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
         GROUP BY f."standardId"`
    : [];
  const byId = new Map(counts.map((c) => [c.standardId, c]));
  return ranked.map((s) => ({
    standardId: s.standardId,
    code: s.code,
    text: s.text,
    points: s.points,
    earned: s.earned,
    lost: s.lost,
    measured: s.measured,
    negativeList: s.negativeList,
    openFindings: Number(byId.get(s.standardId)?.open ?? 0),
    overdueTasks: Number(byId.get(s.standardId)?.overdue ?? 0),
  }));
}
