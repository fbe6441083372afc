import {
  readFindingBreakdown,
  readOverdueAging,
  readOverviewTiles,
  readUnitRanking,
  readWeeklyFlow,
} from "@cw/db";
import {
  findingBreakdownSchema,
  overdueAgingSchema,
  overviewFiltersInputSchema,
  overviewTilesSchema,
  READ_ALL_ROLES,
  unitRankingSchema,
  weeklyFlowSchema,
} from "@cw/domain";
import { allow, router } from "../trpc.ts";

/**
 * The dashboard's aggregates are city-wide, so they go to the roles that may read every task
 * (READ_ALL_ROLES: leader, coordinator, admin, inspector). Unit officers are confined to their
 * own unit's tasks everywhere else: city-wide counts and the other units' rankings would show
 * them what their task list hides, and the list behind a bar would not match its number.
 */
const dashboard = allow(...READ_ALL_ROLES).input(overviewFiltersInputSchema);

export const overviewRouter = router({
  /** Open, overdue (and share), closed on time (and share), median days to close. */
  tiles: dashboard
    .output(overviewTilesSchema)
    .query(({ ctx, input }) => readOverviewTiles(ctx.svc, input)),
  /** Findings opened and tasks closed out per week. */
  weekly: dashboard
    .output(weeklyFlowSchema)
    .query(({ ctx, input }) => readWeeklyFlow(ctx.svc, input)),
  /** Overdue tasks by days overdue: 1–3, 4–7, 8–14, 15+. */
  aging: dashboard
    .output(overdueAgingSchema)
    .query(({ ctx, input }) => readOverdueAging(ctx.svc, input)),
  /** Responsible units ranked by on-time share and by overdue count. */
  units: dashboard
    .output(unitRankingSchema)
    .query(({ ctx, input }) => readUnitRanking(ctx.svc, input)),
  /** Open and overdue findings by site type and by category. */
  breakdown: dashboard
    .output(findingBreakdownSchema)
    .query(({ ctx, input }) => readFindingBreakdown(ctx.svc, input)),
});
