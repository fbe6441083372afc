import { type Actor, cityTotal, cycleProjection, shanghaiDate } from "@cw/domain";
import { lastSnapshotPerYear } from "../../queries/scoring-counts.ts";
import { recordAudit } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { loadCurrentSystems, loadProjectedScore } from "./projected-score.ts";
import { loadScoringSettings } from "./scoring-settings.ts";

/**
 * Stores today's projected score (sections and items) so progress can be charted. Taken by a
 * coordinator or, with no actor, by the server on its own.
 */
export async function takeScoreSnapshot(
  ctx: ServiceContext<Actor | null>,
  input: { systemId: string },
) {
  const { prisma, now } = ctx;
  const { systemId } = input;
  const score = await loadProjectedScore(prisma, systemId, await loadScoringSettings(prisma));
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
      data: {
        systemId,
        takenAt: now,
        takenById: ctx.actor?.id ?? null,
        total: score.total,
        detail,
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      entityType: "score_snapshot",
      entityId: snapshot.id,
      action: "create",
      after: { systemId, total: score.total },
    });
    return { id: snapshot.id, takenAt: now, total: score.total };
  });
}

export async function listScoreHistory(
  ctx: ServiceContext<Actor>,
  input: { systemId: string },
  limit = 104,
) {
  const rows = await ctx.prisma.scoreSnapshot.findMany({
    where: { systemId: input.systemId },
    orderBy: { takenAt: "desc" },
    take: limit,
    select: { id: true, takenAt: true, total: true },
  });
  return rows.reverse().map((r) => ({ id: r.id, takenAt: r.takenAt, total: Number(r.total) }));
}

/** Leaders' headline: each system against its target, the city total with the Minors' gate, the cycle. */
export async function readScoreOverview(ctx: ServiceContext<Actor>) {
  const { prisma, now } = ctx;
  const settings = await loadScoringSettings(prisma);
  const systems = await loadCurrentSystems(prisma);
  const scores = await Promise.all(systems.map((s) => loadProjectedScore(prisma, s.id, settings)));
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
