import {
  type Actor,
  type CampaignSettings,
  type DueSoonCriteria,
  dueSoonCriteria,
  endOfShanghaiDay,
  type ListTasksInput,
  startOfShanghaiDay,
  type UnclaimedCriteria,
  unclaimedCriteria,
  type WorkingCalendar,
} from "@cw/domain";
import { toDateColumn } from "../date-columns.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { loadSettingsAndCalendar } from "../services/settings.ts";
import { containsText } from "./contains-text.ts";
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
export type TaskScope = Pick<Actor, "id" | "role" | "unitId">;

/** "Now" with the criteria derived from it, computed once so list, count and flags agree. */
export interface TimingContext {
  now: Date;
  /** For what each row says of its deadline (deadlineCountdown). */
  calendar: WorkingCalendar;
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
    calendar,
    dueSoon: dueSoonCriteria(now, calendar, settings.dueSoonWorkingDays),
    unclaimed: unclaimedCriteria(now, settings.unclaimedAfterHours),
  };
}

/** The timing context at `now` under the stored settings and calendar. */
export async function loadTimingContext(prisma: PrismaClient, now: Date): Promise<TimingContext> {
  const { settings, calendar } = await loadSettingsAndCalendar(prisma);
  return timingContext(now, settings, calendar);
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
  if (filters.ownerId) and.push({ ownerId: filters.ownerId });
  if (filters.mine) and.push({ ownerId: scope.id });
  if (filters.status?.length) and.push({ status: { in: [...filters.status] } });
  if (filters.timing === "overdue") and.push(overdueTaskWhere(timing.now));
  if (filters.timing === "due_soon") and.push(dueSoonTaskWhere(timing.dueSoon));
  if (filters.timing === "unclaimed") and.push(unclaimedTaskWhere(timing.unclaimed));
  // Awaiting a coordinator's decision on more time: the column the request sets, on its index.
  if (filters.timing === "extension_requested") and.push({ extensionRequestedAt: { not: null } });
  // The 督办 mark's own condition (list-tasks.ts, task-detail.ts): at least one notice, a
  // semi-join on the escalation table (docs/performance.md).
  if (filters.timing === "escalated") and.push({ escalations: { some: {} } });
  if (filters.warning) {
    and.push(warningTaskWhere(filters.warning, timing.now, timing.dueSoon, timing.unclaimed));
  }
  if (filters.open) and.push(openTaskWhere);
  // Whole days in Beijing, like foundFrom/foundTo below.
  if (filters.closedFrom) and.push({ closedAt: { gte: startOfShanghaiDay(filters.closedFrom) } });
  if (filters.closedTo) and.push({ closedAt: { lt: endOfShanghaiDay(filters.closedTo) } });
  // The deadline is a date column: compare with the date itself.
  if (filters.deadlineFrom) and.push({ deadline: { gte: toDateColumn(filters.deadlineFrom) } });
  if (filters.deadlineTo) and.push({ deadline: { lte: toDateColumn(filters.deadlineTo) } });

  if (filters.siteId) finding.push({ siteId: filters.siteId });
  if (filters.siteTypeId) finding.push({ site: { siteTypeId: filters.siteTypeId } });
  if (filters.gridId) finding.push({ site: { gridId: filters.gridId } });
  if (filters.inspectionId) finding.push({ inspectionId: filters.inspectionId });
  if (filters.category) finding.push({ category: filters.category });
  if (filters.source) finding.push({ source: filters.source });
  // Dates are whole days in Beijing: from 00:00 of foundFrom to 00:00 after foundTo (on the
  // task's copy of the finding's foundAt, on its index).
  if (filters.foundFrom) and.push({ foundAt: { gte: startOfShanghaiDay(filters.foundFrom) } });
  if (filters.foundTo) and.push({ foundAt: { lt: endOfShanghaiDay(filters.foundTo) } });
  if (filters.text) {
    const contains = containsText(filters.text);
    finding.push({
      OR: [
        { code: contains },
        { description: contains },
        { site: { OR: [{ name: contains }, { address: contains }] } },
      ],
    });
  }
  if (finding.length) and.push({ finding: { AND: finding } });
  return and.length ? { AND: and } : {};
}
