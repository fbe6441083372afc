import { type FindingStatus, isOpenStatus, OPEN_FINDING_STATUSES } from "./finding-status.ts";
import { type CalendarDate, endOfShanghaiDay, shanghaiDate } from "./shanghai-time.ts";
import type { WarningLevel } from "./warning-levels.ts";
import { addWorkingDays, type WorkingCalendar } from "./working-calendar.ts";

/**
 * THE definitions of a task's timing: overdue, due soon, unclaimed, and the warning colour.
 * Lists, counts and charts all use them — in SQL through the *Criteria functions (translated
 * once in @cw/db), in memory through the predicates — and the two are the same rule.
 *
 * A deadline is a calendar date: the unit may work through the whole of that day in
 * Asia/Shanghai. The task becomes overdue at 00:00 Beijing time the day after (`dueAt`),
 * and stays overdue while it is open.
 */
export function dueAtFor(deadline: CalendarDate): Date {
  return endOfShanghaiDay(deadline);
}

export interface TaskTiming {
  status: FindingStatus;
  dueAt: Date | null;
  assignedAt?: Date | null;
}

export interface OverdueCriteria {
  statuses: readonly FindingStatus[];
  /** Overdue when dueAt <= this instant. */
  dueAtOnOrBefore: Date;
}

export function overdueCriteria(now: Date): OverdueCriteria {
  return { statuses: OPEN_FINDING_STATUSES, dueAtOnOrBefore: now };
}

export function isOverdue(task: TaskTiming, now: Date): boolean {
  return isOpenStatus(task.status) && task.dueAt !== null && task.dueAt.getTime() <= now.getTime();
}

export interface DueSoonCriteria {
  statuses: readonly FindingStatus[];
  /** Due soon when dueAtAfter < dueAt <= dueAtOnOrBefore. */
  dueAtAfter: Date;
  dueAtOnOrBefore: Date;
}

/** Open, not yet overdue, and the deadline is within `windowWorkingDays` working days. */
export function dueSoonCriteria(
  now: Date,
  calendar: WorkingCalendar,
  windowWorkingDays: number,
): DueSoonCriteria {
  const lastDeadline = addWorkingDays(calendar, shanghaiDate(now), windowWorkingDays);
  return {
    statuses: OPEN_FINDING_STATUSES,
    dueAtAfter: now,
    dueAtOnOrBefore: dueAtFor(lastDeadline),
  };
}

export function isDueSoon(task: TaskTiming, criteria: DueSoonCriteria): boolean {
  return (
    isOpenStatus(task.status) &&
    task.dueAt !== null &&
    task.dueAt > criteria.dueAtAfter &&
    task.dueAt <= criteria.dueAtOnOrBefore
  );
}

export interface UnclaimedCriteria {
  status: "assigned";
  assignedAtOnOrBefore: Date;
}

/** Assigned to a unit but nobody there took it for `afterHours` hours. */
export function unclaimedCriteria(now: Date, afterHours: number): UnclaimedCriteria {
  return {
    status: "assigned",
    assignedAtOnOrBefore: new Date(now.getTime() - afterHours * 3_600_000),
  };
}

export function isUnclaimed(task: TaskTiming, criteria: UnclaimedCriteria): boolean {
  return (
    task.status === criteria.status &&
    !!task.assignedAt &&
    task.assignedAt <= criteria.assignedAtOnOrBefore
  );
}

export { WARNING_LEVELS, type WarningLevel } from "./warning-levels.ts";

/** Statuses that mean the unit is behind even before the deadline: the fix was rejected. */
export const BEHIND_STATUSES = [
  "returned",
  "partly_fixed",
] as const satisfies readonly FindingStatus[];

export function warningLevel(
  task: TaskTiming,
  now: Date,
  dueSoon: DueSoonCriteria,
  unclaimed: UnclaimedCriteria,
): WarningLevel | null {
  if (isOverdue(task, now)) return "red";
  if (!isOpenStatus(task.status)) return null;
  if (
    isUnclaimed(task, unclaimed) ||
    (BEHIND_STATUSES as readonly string[]).includes(task.status)
  ) {
    return "yellow";
  }
  if (isDueSoon(task, dueSoon)) return "blue";
  return null;
}
