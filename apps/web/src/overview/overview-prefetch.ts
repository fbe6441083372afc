import type { AppRouter } from "@cw/server";
import type { QueryClient } from "@tanstack/react-query";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { overviewFiltersFrom } from "./use-overview-filters.ts";

/**
 * Everything the overview shows, asked for at once: the charts' five queries and the score
 * section's (and its history when the URL names the system), in the same tick so the tRPC
 * link sends them as one batch. Without it the page waited for its own render, then for the
 * score section's code, then for the scores (issue 11). That code itself now loads when the
 * section comes near the screen (score-slot.tsx, issue 15): it is below the fold, and the
 * leader's first visit is within its budget by a few hundred bytes without it.
 */
export function prefetchOverview(
  queryClient: QueryClient,
  trpc: TRPCOptionsProxy<AppRouter>,
  search: URLSearchParams,
): void {
  const filters = overviewFiltersFrom(search);
  const { overview, scores, triage } = trpc;
  void queryClient.prefetchQuery(overview.tiles.queryOptions(filters));
  void queryClient.prefetchQuery(overview.weekly.queryOptions(filters));
  void queryClient.prefetchQuery(overview.aging.queryOptions(filters));
  void queryClient.prefetchQuery(overview.units.queryOptions(filters));
  void queryClient.prefetchQuery(overview.breakdown.queryOptions(filters));
  void queryClient.prefetchQuery(scores.overview.queryOptions());
  // The citizen reports' tile in the score section (refused quietly to roles that do not
  // triage: the tile then stays away, as it would have after its own request).
  void queryClient.prefetchQuery(triage.metrics.queryOptions({ days: 30 }, { retry: false }));
  const system = search.get("system");
  if (system) void queryClient.prefetchQuery(scores.history.queryOptions({ systemId: system }));
}
