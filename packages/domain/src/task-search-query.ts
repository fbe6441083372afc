// The task search's URL params and how a link writes them. No zod and no schema here, only
// types: the overview's first load builds its drill-down links with this (bundle budget).
import type { ListTasksInput, TaskListSort } from "./schemas/findings.ts";

/** The task search's filters (tasks.list's, paging and order aside). */
export type TaskSearchFilters = Omit<ListTasksInput, "cursor" | "limit" | "sort">;

/** Every filter of tasks.list a task search URL may carry, in the order a link writes them. */
export const TASK_FILTER_KEYS = [
  "unitId",
  "ownerId",
  "mine",
  "gridId",
  "siteTypeId",
  "siteId",
  "category",
  "source",
  "status",
  "open",
  "timing",
  "warning",
  "foundFrom",
  "foundTo",
  "closedFrom",
  "closedTo",
  "deadlineFrom",
  "deadlineTo",
  "text",
] as const satisfies readonly (keyof TaskSearchFilters)[];

/** The URL params of a task search: its filters and its order. */
export const TASK_SEARCH_PARAM_KEYS = [...TASK_FILTER_KEYS, "sort"] as const;
export type TaskSearchParamKey = (typeof TASK_SEARCH_PARAM_KEYS)[number];

/** The URL params for a search, in the keys' order (what a link and a saved view store). */
export function taskSearchQuery(filters: Partial<TaskSearchFilters>, sort?: TaskListSort): string {
  const params = new URLSearchParams();
  for (const key of TASK_FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === false) continue;
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  if (sort) params.set("sort", sort);
  return params.toString();
}
