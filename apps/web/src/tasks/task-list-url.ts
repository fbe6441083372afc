import { listTasksInputSchema } from "@cw/domain";
import { TASK_LIST_KEYS, TASK_SEARCH_KEYS, type TaskListFilters } from "./task-list-href.ts";

/**
 * The filters in a task list URL (see taskListHref), each checked with the API's own schema;
 * a param that does not pass (an edited or stale link) is dropped rather than failing the list.
 */
export function readTaskListFilters(params: URLSearchParams): TaskListFilters {
  const filters: Record<string, unknown> = {};
  for (const key of TASK_LIST_KEYS) {
    const raw = params.get(key);
    if (raw === null || raw === "") continue;
    const value =
      key === "status" ? raw.split(",") : key === "open" || key === "mine" ? raw === "true" : raw;
    const parsed = listTasksInputSchema.shape[key].safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
  }
  return filters as TaskListFilters;
}

/** Only the search bar's filters (text, unit, owner) of the URL, checked like the rest. */
export function readTaskSearch(params: URLSearchParams): TaskListFilters {
  const all = readTaskListFilters(params);
  const picked: Record<string, unknown> = {};
  for (const key of TASK_SEARCH_KEYS) if (all[key] !== undefined) picked[key] = all[key];
  return picked as TaskListFilters;
}
