import type { ListTasksInput, TaskSearchParamKey } from "@cw/domain";
import type { AppRouter } from "@cw/server";
import type { QueryClient } from "@tanstack/react-query";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { searchBeyond } from "./search-beyond.ts";

// A unit has tens of open tasks, not thousands; one page of each list is the whole list.
const LIMIT = 200;

/** The unit view's sections, most urgent first; each is one tasks.list. */
export const SECTIONS = [
  { id: "overdue", filter: { timing: "overdue" } },
  { id: "dueSoon", filter: { timing: "due_soon" } },
  { id: "rest", filter: { open: true } },
] as const satisfies readonly { id: string; filter: Partial<ListTasksInput> }[];

/** What the unit view decides itself: the search's controls for these are not shown. */
export const UNIT_OWNED = [
  "unitId",
  "mine",
  "timing",
  "open",
  "status",
  "sort",
] as const satisfies readonly TaskSearchParamKey[];

/** A section's tasks.list input: only "mine" and the URL's search (`picks`) vary. */
export function sectionInput(
  section: (typeof SECTIONS)[number],
  mine: boolean,
  picks: Partial<ListTasksInput>,
): ListTasksInput {
  return {
    ...section.filter,
    ...(mine ? { mine: true } : {}),
    ...picks,
    sort: "due_asc",
    limit: LIMIT,
  };
}

/**
 * The unit view's three lists, asked for on a first load of /unit with the app's API client
 * (api-root.tsx), as the inspector's are (issue 15): without it they waited for antd, the
 * routes and the screen's code, then for their own request. Only for a URL without a search:
 * reading one needs the search's checks (zod), which load with the screen. Type imports only.
 */
export function prefetchUnit(
  queryClient: QueryClient,
  trpc: TRPCOptionsProxy<AppRouter>,
  params: URLSearchParams,
): void {
  if (searchBeyond(params, UNIT_OWNED)) return;
  const mine = params.get("mine") === "true";
  for (const section of SECTIONS)
    void queryClient.prefetchQuery(trpc.tasks.list.queryOptions(sectionInput(section, mine, {})));
}
