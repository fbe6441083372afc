import { type FindingStatus, isOpenStatus, OPEN_FINDING_STATUSES } from "./finding-status.ts";
import { addCalendarDays, type CalendarDate, startOfShanghaiDay } from "./shanghai-time.ts";

/**
 * THE definition of "overdue" (逾期). Lists, counts and charts all use it, in SQL through
 * `overdueCriteria` and in memory through `isOverdue`; the two are the same rule.
 *
 * A deadline is a calendar date: the unit may work through the whole of that day in
 * Asia/Shanghai. The finding becomes overdue at 00:00 Beijing time the day after, and stays
 * overdue while it is open. `dueAt` stores that instant so the database can index it.
 */
export function dueAtFor(deadline: CalendarDate): Date {
  return startOfShanghaiDay(addCalendarDays(deadline, 1));
}

export interface OverdueCriteria {
  statuses: readonly FindingStatus[];
  /** Overdue when dueAt <= this instant. */
  dueAtOnOrBefore: Date;
}

export function overdueCriteria(now: Date): OverdueCriteria {
  return { statuses: OPEN_FINDING_STATUSES, dueAtOnOrBefore: now };
}

export function isOverdue(
  finding: { status: FindingStatus; dueAt: Date | null },
  now: Date,
): boolean {
  return (
    isOpenStatus(finding.status) &&
    finding.dueAt !== null &&
    finding.dueAt.getTime() <= now.getTime()
  );
}
