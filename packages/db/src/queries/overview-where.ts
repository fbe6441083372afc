import { type OverviewFilters, shanghaiDate } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * The overview reads the summary tables (decision 0012), kept by triggers in the same
 * transaction as every task change: counts per unit, site, category and Beijing day, with
 * open tasks also by the day they turn overdue, so "overdue" and the aging are derived at read
 * time from today's date. `x` is the summary's alias in every query.
 *
 * The filters mean what the task list's filters of the same name mean
 * (queries/task-list-where.ts), so a bar's number and the list behind it agree: unit = the
 * task's responsible unit; grid and site type = the finding's site's; the period = whole days
 * in Beijing on which the finding was found (`foundDay`). `period: false` drops the period,
 * for counts that follow their own dates (closures per week).
 */
export function summaryWhereSql(
  filters: OverviewFilters,
  options: { period?: boolean } = {},
): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.unitId) and.push(Prisma.sql`x."unitId" = ${filters.unitId}::uuid`);
  const site: Prisma.Sql[] = [];
  if (filters.gridId) site.push(Prisma.sql`"gridId" = ${filters.gridId}::uuid`);
  if (filters.siteTypeId) site.push(Prisma.sql`"siteTypeId" = ${filters.siteTypeId}::uuid`);
  if (site.length > 0)
    and.push(Prisma.sql`x."siteId" IN (SELECT id FROM site WHERE ${Prisma.join(site, " AND ")})`);
  if (options.period !== false) {
    if (filters.from) and.push(Prisma.sql`x."foundDay" >= ${filters.from}::date`);
    if (filters.to) and.push(Prisma.sql`x."foundDay" <= ${filters.to}::date`);
  }
  return Prisma.join(and, " AND ");
}

/**
 * Open summary rows that are overdue at `now`: a task is overdue from 00:00 Beijing of its
 * `overdueFrom` day (its dueAt, always that instant), so overdue ⟺ overdueFrom ≤ today —
 * the domain's overdueCriteria (open, dueAt ≤ now) at day resolution, which is exact.
 */
export function overdueSummarySql(now: Date): Prisma.Sql {
  return Prisma.sql`x."overdueFrom" <= ${shanghaiDate(now)}::date`;
}

/** Counts come back from PostgreSQL as bigint (or numeric, for sums). */
export const toCount = (value: bigint | number | string | null | undefined): number =>
  Number(value ?? 0);
