import type { ListTasksInput } from "@cw/domain";

/** The task list's filters, as its URL carries them (paging stays out of the URL). */
export type TaskListFilters = Omit<ListTasksInput, "cursor" | "limit" | "sort">;

// Every filter of tasks.list may be in the URL, in this order.
export const TASK_LIST_KEYS = [
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
] as const satisfies readonly (keyof TaskListFilters)[];

/** The filters the search bar (TaskSearchBar) sets, shared by /tasks, the board and /unit. */
export const TASK_SEARCH_KEYS = [
  "text",
  "unitId",
  "ownerId",
] as const satisfies readonly (keyof TaskListFilters)[];

/** `/tasks?…` for these filters: lists as "a,b", flags as "true". No zod: the overview uses it. */
export function taskListHref(filters: Partial<TaskListFilters>): string {
  const params = new URLSearchParams();
  for (const key of TASK_LIST_KEYS) {
    const value = filters[key];
    if (value === undefined || value === false) continue;
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  const query = params.toString();
  return query ? `/tasks?${query}` : "/tasks";
}
