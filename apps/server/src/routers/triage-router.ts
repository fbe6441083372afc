import {
  acceptReport,
  blockReporter,
  listNearbyFindings,
  listTriageQueue,
  mergeReport,
  readTriageMetrics,
  readUnitSatisfaction,
  rejectReport,
} from "@cw/db";
import {
  acceptReportInputSchema,
  blockReporterInputSchema,
  mergeReportInputSchema,
  nearbyFindingSchema,
  rejectReportInputSchema,
  reportIdInputSchema,
  triageListInputSchema,
  triageListOutputSchema,
  triageMetricsSchema,
  triageResultSchema,
  unitSatisfactionOutputSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";

/** The coordinators' triage of citizen and hotline reports (decision 0026). */
export const triageRouter = router({
  queue: allow("coordinator")
    .input(triageListInputSchema)
    .output(triageListOutputSchema)
    .query(({ ctx, input }) => listTriageQueue(ctx.svc, input)),

  nearby: allow("coordinator")
    .input(reportIdInputSchema)
    .output(z.array(nearbyFindingSchema))
    .query(({ ctx, input }) => listNearbyFindings(ctx.svc, input)),

  accept: allow("coordinator")
    .input(acceptReportInputSchema)
    .output(triageResultSchema)
    .mutation(({ ctx, input }) => acceptReport(ctx.svc, input)),

  reject: allow("coordinator")
    .input(rejectReportInputSchema)
    .output(triageResultSchema)
    .mutation(({ ctx, input }) => rejectReport(ctx.svc, input)),

  merge: allow("coordinator")
    .input(mergeReportInputSchema)
    .output(triageResultSchema)
    .mutation(({ ctx, input }) => mergeReport(ctx.svc, input)),

  block: allow("coordinator")
    .input(blockReporterInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => blockReporter(ctx.svc, input)),

  /** The overview's tile: received, accepted, median time to triage, over the last days. */
  metrics: allow("leader", "coordinator")
    .input(z.object({ days: z.number().int().min(1).max(366).default(30) }))
    .output(triageMetricsSchema)
    .query(({ ctx, input }) => readTriageMetrics(ctx.svc, input)),

  satisfaction: allow("leader", "coordinator")
    .input(z.void())
    .output(unitSatisfactionOutputSchema)
    .query(({ ctx }) => readUnitSatisfaction(ctx.svc)),
});
