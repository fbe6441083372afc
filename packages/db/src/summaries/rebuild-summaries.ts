import type { PrismaClient } from "../generated/prisma/client.ts";

/**
 * The overview summaries (summary_task_found, summary_task_open, summary_task_closed,
 * summary_task_close_time; decision 0012) are kept by triggers in the same transaction as
 * every task change. This recomputes them from the task rows in one statement (so in one
 * transaction), and says how many summary rows the triggers had differently: 0 means the
 * incremental state was exactly right.
 */
export async function rebuildSummaries(
  prisma: PrismaClient,
): Promise<{ differingRows: number; milliseconds: number }> {
  const started = performance.now();
  const [row] = await prisma.$queryRaw<{ differing: number }[]>`
    SELECT "summary_rebuild"() AS differing`;
  return {
    differingRows: Number(row?.differing ?? 0),
    milliseconds: Math.round(performance.now() - started),
  };
}
