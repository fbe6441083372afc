import {
  type Actor,
  addCalendarDays,
  type CampaignSettings,
  type DueSoonCriteria,
  dueSoonCriteria,
  type ListTasksInput,
  startOfShanghaiDay,
  type UnclaimedCriteria,
  unclaimedCriteria,
  type WorkingCalendar,
} from "@cw/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import {
  dueSoonTaskWhere,
  openTaskWhere,
  overdueTaskWhere,
  unclaimedTaskWhere,
  warningTaskWhere,
} from "./task-filters.ts";

/** The filters a list and its count share (paging and order do not change what matches). */
export type TaskFilters = Omit<ListTasksInput, "cursor" | "limit" | "sort">;

/** Who is asking: unit officers are confined to their own unit. */
export type TaskScope = Pick<Actor, "role" | "unitId">;

/** "Now" with the criteria derived from it, computed once so list, count and flags agree. */
export interface TimingContext {
  now: Date;
  dueSoon: DueSoonCriteria;
  unclaimed: UnclaimedCriteria;
}

export function timingContext(
  now: Date,
  settings: CampaignSettings,
  calendar: WorkingCalendar,
): TimingContext {
  return {
    now,
    dueSoon: dueSoonCriteria(now, calendar, settings.dueSoonWorkingDays),
    unclaimed: unclaimedCriteria(now, settings.unclaimedAfterHours),
  };
}

/**
 * The Prisma filter for a task list. Timing and warning conditions come from task-filters.ts
 * (the one SQL translation of the domain's rules), so a list filter and a count always agree.
 */
export function taskListWhere(
  filters: TaskFilters,
  scope: TaskScope,
  timing: TimingContext,
): Prisma.RectificationTaskWhereInput {
  const and: Prisma.RectificationTaskWhereInput[] = [];
  const finding: Prisma.FindingWhereInput[] = [];

  // Scope is ANDed with the requested unit rather than replacing it: an officer asking for
  // another unit gets nothing instead of their own tasks shown under the other unit's name.
  if (scope.role === "unit_officer") {
    // An officer without a unit matches no task (unitId null would match undispatched ones).
    and.push(scope.unitId ? { unitId: scope.unitId } : { id: { in: [] } });
  }
  if (filters.unitId) and.push({ unitId: filters.unitId });
  if (filters.status?.length) and.push({ status: { in: [...filters.status] } });
  if (filters.timing === "overdue") and.push(overdueTaskWhere(timing.now));
  if (filters.timing === "due_soon") and.push(dueSoonTaskWhere(timing.dueSoon));
  if (filters.timing === "unclaimed") and.push(unclaimedTaskWhere(timing.unclaimed));
  if (filters.warning) {
    and.push(warningTaskWhere(filters.warning, timing.now, timing.dueSoon, timing.unclaimed));
  }
  if (filters.open) and.push(openTaskWhere);
  // Whole days in Beijing, like foundFrom/foundTo below.
  if (filters.closedFrom) and.push({ closedAt: { gte: startOfShanghaiDay(filters.closedFrom) } });
  if (filters.closedTo) {
    and.push({ closedAt: { lt: startOfShanghaiDay(addCalendarDays(filters.closedTo, 1)) } });
  }
  // The deadline is a date column: compare with the date itself (stored as UTC midnight).
  if (filters.deadlineFrom) and.push({ deadline: { gte: dateColumn(filters.deadlineFrom) } });
  if (filters.deadlineTo) and.push({ deadline: { lte: dateColumn(filters.deadlineTo) } });

  if (filters.siteId) finding.push({ siteId: filters.siteId });
  if (filters.siteTypeId) finding.push({ site: { siteTypeId: filters.siteTypeId } });
  if (filters.gridId) finding.push({ site: { gridId: filters.gridId } });
  if (filters.category) finding.push({ category: filters.category });
  if (filters.source) finding.push({ source: filters.source });
  // Dates are whole days in Beijing: from 00:00 of foundFrom to 00:00 after foundTo.
  if (filters.foundFrom) finding.push({ foundAt: { gte: startOfShanghaiDay(filters.foundFrom) } });
  if (filters.foundTo) {
    finding.push({ foundAt: { lt: startOfShanghaiDay(addCalendarDays(filters.foundTo, 1)) } });
  }
  if (filters.text) {
    // Prisma passes `contains` to ILIKE unescaped: "50%" or "_" would act as wildcards.
    const literal = filters.text.replace(/[\\%_]/g, "\\$&");
    const contains = { contains: literal, mode: "insensitive" as const };
    finding.push({
      OR: [{ code: contains }, { description: contains }, { site: { name: contains } }],
    });
  }
  if (finding.length) and.push({ finding: { AND: finding } });
  return and.length ? { AND: and } : {};
}

function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
