import {
  listScoreHistory,
  readLosingStandards,
  readProjectedScore,
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
    .query(({ ctx }) => readScoreOverview(ctx.svc)),

  projected: allow(...ALL_ROLES)
    .input(systemIdInput)
    .output(projectedScoreOutputSchema)
    .query(({ ctx, input }) => readProjectedScore(ctx.svc, input)),

  losing: allow(...ALL_ROLES)
    .input(losingStandardsInputSchema)
    .output(losingStandardsOutputSchema)
    .query(({ ctx, input }) => readLosingStandards(ctx.svc, input)),

  history: allow(...ALL_ROLES)
    .input(systemIdInput)
    .output(scoreHistoryOutputSchema)
    .query(({ ctx, input }) => listScoreHistory(ctx.svc, input)),

  snapshot: allow("coordinator", "admin")
    .input(systemIdInput)
    .output(snapshotOutputSchema)
    .mutation(({ ctx, input }) => takeScoreSnapshot(ctx.svc, input)),

  settings: allow(...ALL_ROLES)
    .input(z.void())
    .output(scoringSettingsOutputSchema)
    .query(({ ctx }) => readScoringSettings(ctx.svc)),

  updateSettings: allow("admin")
    .input(scoringSettingsUpdateSchema)
    .output(scoringSettingsOutputSchema)
    .mutation(({ ctx, input }) => updateScoringSettings(ctx.svc, input)),
});
