import type { TaskSearchParamKey } from "@cw/domain";

/** Sets or (with undefined) removes URL params of the search, keeping every other param. */
export type SetSearch = (changes: Partial<Record<TaskSearchParamKey, string | undefined>>) => void;

/** The filters under "筛选" (the drawer), in the order it shows them. */
export const ADVANCED_KEYS = [
  "siteId",
  "siteTypeId",
  "gridId",
  "category",
  "source",
  "status",
  "foundFrom",
  "foundTo",
  "deadlineFrom",
  "deadlineTo",
] as const satisfies readonly TaskSearchParamKey[];
