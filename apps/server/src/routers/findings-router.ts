import { createFinding } from "@cw/db";
import { createFindingInputSchema, findingStatusSchema } from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";

export const findingsRouter = router({
  /** Inspectors log what they find; coordinators enter citizen reports and higher feedback. */
  create: allow("inspector", "coordinator")
    .input(createFindingInputSchema)
    .output(
      z.object({
        findingId: z.uuid(),
        code: z.string(),
        status: findingStatusSchema,
        version: z.number().int(),
      }),
    )
    .mutation(({ ctx, input }) => createFinding(ctx.svc, input)),
});
