import {
  type ListTasksInput,
  listTasksInputSchema,
  type TaskListSort,
} from "./schemas/findings.ts";

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
  for (const [key, raw] of params) {
    if (!(TASK_SEARCH_PARAM_KEYS as readonly string[]).includes(key)) {
      refused.push(key);
      continue;
    }
    if (raw === "") continue;
    const name = key as TaskSearchParamKey;
    const value =
      name === "status"
        ? raw.split(",")
        : name === "open" || name === "mine"
          ? raw === "true"
          : raw;
    const parsed = listTasksInputSchema.shape[name].safeParse(value);
    if (!parsed.success) refused.push(key);
    else if (name === "sort") sort = parsed.data as TaskListSort;
    else filters[name] = parsed.data;
  }
  return { filters: filters as TaskSearchFilters, ...(sort ? { sort } : {}), refused };
}

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
