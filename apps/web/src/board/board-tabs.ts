import type { BoardTab } from "@cw/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../lib/trpc.ts";

export type { BoardTab };

/**
 * The board's tabs as the server says them (tasks.boardTabs): each a plain filter of
 * tasks.list, overdue work first, with the bulk action it offers this user — read from the
 * workflow table there, never decided here.
 */
export function useBoardTabs(): readonly BoardTab[] | undefined {
  const trpc = useTRPC();
  return useQuery(trpc.tasks.boardTabs.queryOptions(undefined, { staleTime: Infinity })).data;
}

/** The tab named in the URL, or the first (overdue) one. */
export function boardTab(tabs: readonly BoardTab[], key: string | null): BoardTab | undefined {
  return tabs.find((tab) => tab.key === key) ?? tabs[0];
}
