import { listTasksInputSchema, type TaskListSort } from "./schemas/findings.ts";
import { TASK_SEARCH_PARAM_KEYS, type TaskSearchFilters } from "./task-search-query.ts";

export interface TaskSearch {
  filters: TaskSearchFilters;
  /** Absent when the URL names none: each view then picks its own default order. */
  sort?: TaskListSort;
  /** Params that are not the search's, or whose value tasks.list would refuse. */
  refused: string[];
}

/**
 * A task search as URL params carry it (lists as "a,b", flags as "true"), each value checked
 * with tasks.list's own schema. The one reading of these params: the web's lists read a link
 * with it (dropping what is refused), and a saved view is refused when anything is.
 */
export function readTaskSearchParams(params: URLSearchParams): TaskSearch {
  const filters: Record<string, unknown> = {};
  const refused: string[] = [];
  let sort: TaskListSort | undefined;
  for (const key of params.keys()) {
    if (!(TASK_SEARCH_PARAM_KEYS as readonly string[]).includes(key)) refused.push(key);
  }
  // In the keys' order, whatever the URL's: the chips and a saved view read alike.
  for (const name of TASK_SEARCH_PARAM_KEYS) {
    const raw = params.get(name);
    if (raw === null || raw === "") continue;
    const value =
      name === "status"
        ? raw.split(",")
        : name === "open" || name === "mine"
          ? raw === "true"
          : raw;
    const parsed = listTasksInputSchema.shape[name].safeParse(value);
    if (!parsed.success) refused.push(name);
    else if (name === "sort") sort = parsed.data as TaskListSort;
    else filters[name] = parsed.data;
  }
  return { filters: filters as TaskSearchFilters, ...(sort ? { sort } : {}), refused };
}
