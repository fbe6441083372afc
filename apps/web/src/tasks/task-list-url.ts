import { readTaskSearchParams, type TaskListSort, type TaskSearchParamKey } from "@cw/domain";
import type { TaskListFilters } from "./task-list-href.ts";

/**
 * The filters in a task list URL (see taskListHref), each checked with the API's own schema
 * (readTaskSearchParams); a param that does not pass (an edited or stale link) is dropped
 * rather than failing the list.
 */
export function readTaskListFilters(params: URLSearchParams): TaskListFilters {
  return readTaskSearchParams(params).filters;
}

/** The order the URL names, if any (each view has its own default). */
export function readTaskSort(params: URLSearchParams): TaskListSort | undefined {
  return readTaskSearchParams(params).sort;
}

/**
 * The search's filters for a view that sets some itself (a board tab's state, the unit
 * view's unit and sections): those keys are left to the view, the rest narrow it.
 */
export function readTaskSearch(
  params: URLSearchParams,
  owned: readonly TaskSearchParamKey[] = [],
): TaskListFilters {
  const picked: Record<string, unknown> = { ...readTaskListFilters(params) };
  for (const key of owned) delete picked[key];
  return picked as TaskListFilters;
}
