import type { OverviewFilters } from "@cw/domain";
import { type TaskListFilters, taskListHref } from "../tasks/task-list-href.ts";

/**
 * The task list behind a bar: the overview's filters, translated to the list's names (the
 * period is the days found), plus the bar's own filter. `period: false` for counts that go
 * by another date (closures per week carry their own closedFrom/closedTo).
 */
export function drillHref(
  filters: OverviewFilters,
  bar: Partial<TaskListFilters>,
  options: { period?: boolean } = {},
): string {
  const period = options.period === false ? {} : { foundFrom: filters.from, foundTo: filters.to };
  return taskListHref({
    ...period,
    unitId: filters.unitId,
    gridId: filters.gridId,
    siteTypeId: filters.siteTypeId,
    ...bar,
  });
}
