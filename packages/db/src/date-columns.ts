import { type CalendarDate, utcCalendarDate, utcMidnight } from "@cw/domain";

/**
 * PostgreSQL DATE columns (deadlines, due dates, survey periods, calendar days) hold a calendar
 * date with no time and no zone; Prisma reads and writes them as a Date at 00:00 UTC. These two
 * are the only conversions between such a column and the domain's `YYYY-MM-DD`.
 */
export function toDateColumn(date: CalendarDate): Date {
  return utcMidnight(date);
}

export function fromDateColumn(column: Date): CalendarDate;
export function fromDateColumn(column: Date | null): CalendarDate | null;
export function fromDateColumn(column: Date | null): CalendarDate | null {
  return column === null ? null : utcCalendarDate(column);
}
