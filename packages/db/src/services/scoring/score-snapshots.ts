import {
  type Actor,
  cityTotal,
  cycleProjection,
  type ScoringSettings,
  shanghaiDate,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit.ts";
import { currentSystems, readProjectedScore } from "./projected-score.ts";

/** Stores today's projected score (sections and items) so progress can be charted. */
export async function takeScoreSnapshot(
  prisma: PrismaClient,
  actor: Actor | null,
  systemId: string,
  now: Date,
  settings: ScoringSettings,
) {
  const score = await readProjectedScore(prisma, systemId, settings);
  const detail = {
    sections: score.sections,
    negativeListDeduction: score.negativeListDeduction,
    items: score.nodes
      .filter((n) => n.level === "item")
      .map(({ id, code, title, points, earned, lost }) => ({
        id,
        code,
        title,
        points,
        earned,
        lost,
      })),
  };
  return prisma.$transaction(async (tx) => {
    const snapshot = await tx.scoreSnapshot.create({
      data: { systemId, takenAt: now, takenById: actor?.id ?? null, total: score.total, detail },
    });
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      entityType: "score_snapshot",
      entityId: snapshot.id,
      action: "create",
      after: { systemId, total: score.total },
      at: now,
    });
    return { id: snapshot.id, takenAt: now, total: score.total };
  });
}

export async function readScoreHistory(prisma: PrismaClient, systemId: string, limit = 104) {
  const rows = await prisma.scoreSnapshot.findMany({
    where: { systemId },
    orderBy: { takenAt: "desc" },
    take: limit,
    select: { id: true, takenAt: true, total: true },
  });
  return rows.reverse().map((r) => ({ id: r.id, takenAt: r.takenAt, total: Number(r.total) }));
}

/** The last snapshot total of each year (Asia/Shanghai), for the cycle projection. */
async function lastSnapshotPerYear(
  prisma: PrismaClient,
  systemId: string,
): Promise<Map<number, number>> {
  const rows = await prisma.$queryRaw<{ year: number; total: string }[]>`
    SELECT DISTINCT ON (y) y::int AS year, total::text AS total
      FROM (SELECT extract(year FROM "takenAt" AT TIME ZONE 'Asia/Shanghai') AS y, "takenAt", total
              FROM score_snapshot WHERE "systemId" = ${systemId}::uuid) s
     ORDER BY y, "takenAt" DESC`;
  return new Map(rows.map((r) => [Number(r.year), Number(r.total)]));
}

/** Leaders' headline: each system against its target, the city total with the Minors' gate, the cycle. */
export async function readScoreOverview(
  prisma: PrismaClient,
  now: Date,
  settings: ScoringSettings,
) {
  const systems = await currentSystems(prisma);
  const scores = await Promise.all(systems.map((s) => readProjectedScore(prisma, s.id, settings)));
  const city = scores.find((s) => s.system.kind === "civilized_city");
  const minors = scores.find((s) => s.system.kind === "minors");
  const year = Number(shanghaiDate(now).slice(0, 4));
  const cycle = city
    ? cycleProjection(
        year,
        cityTotal(city.total, minors?.total ?? null, settings).total,
        await lastSnapshotPerYear(prisma, city.system.id),
        settings,
      )
    : null;
  return {
    systems: scores.map((s) => ({
      system: s.system,
      total: s.total,
      target: s.target,
      sections: s.sections,
      items: s.nodes.filter((n) => n.level === "item"),
    })),
    cityTotal: city ? cityTotal(city.total, minors?.total ?? null, settings) : null,
    cycle,
  };
}
