import { getChecklist, readFieldScoreRates, recordFieldChecks } from "@cw/db";
import {
  checklistInputSchema,
  checklistOutputSchema,
  READ_ALL_ROLES,
  recordChecksInputSchema,
  recordChecksOutputSchema,
  scoreRatesInputSchema,
  scoreRatesOutputSchema,
} from "@cw/domain";
import { allow, router } from "../trpc.ts";

/** 实地考察: inspectors walk a site's checklist; everyone who reads the campaign sees the rates. */
export const fieldChecksRouter = router({
  checklist: allow(...READ_ALL_ROLES)
    .input(checklistInputSchema)
    .output(checklistOutputSchema)
    .query(({ ctx, input }) => getChecklist(ctx.svc, input)),

  record: allow("inspector", "coordinator")
    .input(recordChecksInputSchema)
    .output(recordChecksOutputSchema)
    .mutation(({ ctx, input }) => recordFieldChecks(ctx.svc, input)),

  scoreRates: allow(...READ_ALL_ROLES)
    .input(scoreRatesInputSchema)
    .output(scoreRatesOutputSchema)
    .query(({ ctx, input }) => readFieldScoreRates(ctx.svc, input)),
});
