import type { Actor } from "@cw/domain";
import { taskCountsByStandard } from "../../queries/scoring-counts.ts";
import type { ServiceContext } from "../service-context.ts";
import { loadProjectedScore } from "./projected-score.ts";
import { loadScoringSettings } from "./scoring-settings.ts";

/**
 * "Where do we lose the most points?": standards ranked by points lost, each with its open
 * findings and overdue tasks (counted in SQL with the one definition of open and overdue).
 */
export async function readLosingStandards(
  ctx: ServiceContext<Actor>,
  input: { systemId: string; limit: number },
) {
  const { prisma } = ctx;
  const score = await loadProjectedScore(prisma, input.systemId, await loadScoringSettings(prisma));
  const ranked = score.standards
    .filter((s) => s.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.code.localeCompare(b.code))
    .slice(0, input.limit);
  const counts = await taskCountsByStandard(
    prisma,
    ranked.map((s) => s.standardId),
    ctx.now,
  );
  return ranked.map((s) => ({
    standardId: s.standardId,
    code: s.code,
    text: s.text,
    points: s.points,
    earned: s.earned,
    lost: s.lost,
    measured: s.measured,
    negativeList: s.negativeList,
    openFindings: counts.get(s.standardId)?.open ?? 0,
    overdueTasks: counts.get(s.standardId)?.overdue ?? 0,
  }));
}
