import { readOverview } from "@cw/db";
import { ALL_ROLES, overviewInputSchema, overviewOutputSchema } from "@cw/domain";
import { allow, router } from "../trpc.ts";

export const overviewRouter = router({
  /** Headline numbers and open findings by site type for the leader overview. */
  summary: allow(...ALL_ROLES)
    .input(overviewInputSchema)
    .output(overviewOutputSchema)
    .query(({ ctx }) => readOverview(ctx.db.prisma, ctx.now())),
});
