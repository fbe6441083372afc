import {
  readLosingStandards,
  readProjectedScore,
  readScoreHistory,
  readScoreOverview,
  readScoringSettings,
  takeScoreSnapshot,
  updateScoringSettings,
} from "@cw/db";
import {
  ALL_ROLES,
  losingStandardsInputSchema,
  losingStandardsOutputSchema,
  projectedScoreOutputSchema,
  scoreHistoryOutputSchema,
  scoreOverviewOutputSchema,
  scoringSettingsOutputSchema,
  scoringSettingsUpdateSchema,
  snapshotOutputSchema,
  systemIdInput,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";

/** Projected scores: read by everyone signed in; snapshots by coordinators; weights by admins. */
export const scoresRouter = router({
  overview: allow(...ALL_ROLES)
    .input(z.void())
    .output(scoreOverviewOutputSchema)
    .query(async ({ ctx }) =>
      readScoreOverview(ctx.db.prisma, ctx.now(), await readScoringSettings(ctx.db.prisma)),
    ),

  projected: allow(...ALL_ROLES)
    .input(systemIdInput)
    .output(projectedScoreOutputSchema)
    .query(async ({ ctx, input }) =>
      readProjectedScore(ctx.db.prisma, input.systemId, await readScoringSettings(ctx.db.prisma)),
    ),

  losing: allow(...ALL_ROLES)
    .input(losingStandardsInputSchema)
    .output(losingStandardsOutputSchema)
    .query(async ({ ctx, input }) =>
      readLosingStandards(
        ctx.db.prisma,
        input.systemId,
        ctx.now(),
        await readScoringSettings(ctx.db.prisma),
        input.limit,
      ),
    ),

  history: allow(...ALL_ROLES)
    .input(systemIdInput)
    .output(scoreHistoryOutputSchema)
    .query(({ ctx, input }) => readScoreHistory(ctx.db.prisma, input.systemId)),

  snapshot: allow("coordinator", "admin")
    .input(systemIdInput)
    .output(snapshotOutputSchema)
    .mutation(async ({ ctx, input }) =>
      takeScoreSnapshot(
        ctx.db.prisma,
        ctx.actor,
        input.systemId,
        ctx.now(),
        await readScoringSettings(ctx.db.prisma),
      ),
    ),

  settings: allow(...ALL_ROLES)
    .input(z.void())
    .output(scoringSettingsOutputSchema)
    .query(({ ctx }) => readScoringSettings(ctx.db.prisma)),

  updateSettings: allow("admin")
    .input(scoringSettingsUpdateSchema)
    .output(scoringSettingsOutputSchema)
    .mutation(({ ctx, input }) => updateScoringSettings(ctx.db.prisma, ctx.actor.id, input)),
});
