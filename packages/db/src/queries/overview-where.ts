import { endOfShanghaiDay, type OverviewFilters, startOfShanghaiDay } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * What every overview aggregate reads: each task with its finding and the finding's site,
 * under fixed aliases (t, f, s) that the filter and the task-filters.ts conditions refer to.
 */
export const OVERVIEW_TASKS = Prisma.sql`rectification_task t
  JOIN finding f ON f.id = t."findingId"
  JOIN site s ON s.id = f."siteId"`;

/**
 * The overview's filters, and two more that documents use (a 督查通报 covers one inspection
 * or a set of units): an inspection = the findings it logged; a unit set = tasks of those
 * units. The screens' overview filters are the first part only.
 */
export type OverviewScope = OverviewFilters & {
  inspectionId?: string | undefined;
  unitIds?: readonly string[] | undefined;
};

/**
 * The overview filters as one SQL condition. Each means what the task list's filter of the
 * same name means (queries/task-list-where.ts), so a bar's number and the list behind it
 * agree: unit = the task's responsible unit; grid and site type = the finding's site's; the
 * period = whole days in Beijing on which the finding was found. `period: false` drops the
 * period, for counts that follow their own dates (closures per week).
 */
export function overviewWhereSql(
  filters: OverviewScope,
  options: { period?: boolean } = {},
): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.unitId) and.push(Prisma.sql`t."unitId" = ${filters.unitId}::uuid`);
  if (filters.unitIds) and.push(Prisma.sql`t."unitId" = ANY(${[...filters.unitIds]}::uuid[])`);
  if (filters.inspectionId) {
    and.push(Prisma.sql`f."inspectionId" = ${filters.inspectionId}::uuid`);
  }
  if (filters.gridId) and.push(Prisma.sql`s."gridId" = ${filters.gridId}::uuid`);
  if (filters.siteTypeId) and.push(Prisma.sql`s."siteTypeId" = ${filters.siteTypeId}::uuid`);
  if (options.period !== false) {
    if (filters.from) and.push(Prisma.sql`f."foundAt" >= ${startOfShanghaiDay(filters.from)}`);
    if (filters.to) and.push(Prisma.sql`f."foundAt" < ${endOfShanghaiDay(filters.to)}`);
  }
  return Prisma.join(and, " AND ");
}

/** Counts come back from PostgreSQL as bigint. */
export const toCount = (value: bigint | number | null | undefined): number => Number(value ?? 0);
