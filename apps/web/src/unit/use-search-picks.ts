import type { TaskSearchParamKey } from "@cw/domain";
import { useEffect, useState } from "react";
import type { TaskListFilters } from "../tasks/task-list-href.ts";
import type { readTaskSearch } from "../tasks/task-list-url.ts";
import { searchBeyond } from "./search-beyond.ts";

const NONE: Partial<TaskListFilters> = {};

/**
 * The URL's search for the unit view (readTaskSearch: each param checked with the API's own
 * schema), or undefined while its checks load. They are fetched only when the URL has such
 * params (a drill-down link, a shared search): at a bare /unit the officer's first screen waits
 * for no zod, whose schemas cost ~260 ms to build on a 4×-slowed phone CPU (issue 15).
 */
export function useSearchPicks(
  params: URLSearchParams,
  owned: readonly TaskSearchParamKey[],
): Partial<TaskListFilters> | undefined {
  const needed = searchBeyond(params, owned);
  const [read, setRead] = useState<typeof readTaskSearch | null>(null);
  useEffect(() => {
    if (needed && !read)
      void import("../tasks/task-list-url.ts").then((m) => setRead(() => m.readTaskSearch));
  }, [needed, read]);
  if (!needed) return NONE;
  return read ? read(params, owned) : undefined;
}
