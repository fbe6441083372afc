import { readOverview } from "@cw/db";
import { overviewInputSchema, overviewOutputSchema } from "@cw/domain";
import { publicProcedure, router } from "../trpc.ts";

export const overviewRouter = router({
  /** Headline numbers and open findings by site type for the leader overview. */
  summary: publicProcedure
    .input(overviewInputSchema)
    .output(overviewOutputSchema)
    .query(({ ctx }) => readOverview(ctx.db.prisma, ctx.now())),
});
