import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from "@cw/domain";
import type { SystemServiceContext } from "../service-context.ts";
import { loadCurrentSystems } from "./projected-score.ts";
import { takeScoreSnapshot } from "./score-snapshots.ts";

/** The weekly score snapshots: one per current system and day, taken by the server itself. */
export async function runScoreSnapshots(ctx: SystemServiceContext) {
  const day = shanghaiDate(ctx.now);
  const taken: string[] = [];
  for (const system of await loadCurrentSystems(ctx.prisma)) {
    const already = await ctx.prisma.scoreSnapshot.findFirst({
      where: {
        systemId: system.id,
        takenAt: { gte: startOfShanghaiDay(day), lt: endOfShanghaiDay(day) },
      },
      select: { id: true },
    });
    if (already) continue;
    await takeScoreSnapshot(ctx, { systemId: system.id });
    taken.push(system.id);
  }
  return { day, taken: taken.length };
}
