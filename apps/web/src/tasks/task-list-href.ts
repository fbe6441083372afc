import { type TaskListSort, type TaskSearchFilters, taskSearchQuery } from "@cw/domain";

/** The task list's filters, as its URL carries them (paging stays out of the URL). */
export type TaskListFilters = TaskSearchFilters;

/** `/tasks?…` for these filters (and order): lists as "a,b", flags as "true". */
export function taskListHref(filters: Partial<TaskListFilters>, sort?: TaskListSort): string {
  const query = taskSearchQuery(filters, sort);
  return query ? `/tasks?${query}` : "/tasks";
}
