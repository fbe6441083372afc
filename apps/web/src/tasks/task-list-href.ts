import type { TaskListSort, TaskSearchFilters } from "@cw/domain";

/** The task list's filters, as its URL carries them (paging stays out of the URL). */
export type TaskListFilters = TaskSearchFilters;

/**
 * `/tasks?…` for these filters (and order): lists as "a,b", flags as "true" — the format the
 * domain's readTaskSearchParams reads and its taskSearchQuery writes (the params' order aside:
 * the reader puts them in its own). Written here without importing either: the overview's
 * drill-down links use it, and the first load must not carry the search's domain code
 * (bundle budget; apps/web/test/drill-down.test.ts checks the two agree).
 */
export function taskListHref(filters: Partial<TaskListFilters>, sort?: TaskListSort): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === false) continue;
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  if (sort) params.set("sort", sort);
  const query = params.toString();
  return query ? `/tasks?${query}` : "/tasks";
}
