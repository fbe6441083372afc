import type { AppRouter } from "@cw/server";
import type { QueryClient } from "@tanstack/react-query";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

/** The site chooser's one page of the city's sites (a few hundred at most). */
export const SITE_PAGE = 200;

/**
 * What the inspector's screen shows first — the sites to choose from, the fixes awaiting their
 * verification, the categories kept for offline use — asked for on a first load of /inspect by
 * main.tsx with auth.me, as the overview's are (issue 15): without it the list waited for the
 * screen's code, then for its own request. Type imports only: main.tsx is the sign-in page's load.
 */
export function prefetchInspect(queryClient: QueryClient, trpc: TRPCOptionsProxy<AppRouter>) {
  void queryClient.prefetchQuery(
    trpc.sites.list.queryOptions({ active: true, text: undefined, limit: SITE_PAGE }),
  );
  void queryClient.prefetchQuery(trpc.tasks.verificationQueue.queryOptions({ limit: 100 }));
  void queryClient.prefetchQuery(trpc.categories.list.queryOptions({ active: true }));
}
