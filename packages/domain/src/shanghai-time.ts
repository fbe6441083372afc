/**
 * The campaign runs on Beijing time. Asia/Shanghai has had no daylight saving since 1991,
 * so a fixed +08:00 offset is exact for every date this product handles.
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date as YYYY-MM-DD (no time, no zone). */
export type CalendarDate = string;

/**
 * A calendar date as the instant 00:00 UTC of that day, and back: the one representation of
 * a zone-less date as a Date (for day arithmetic here and for PostgreSQL DATE columns, which
 * Prisma reads and writes as UTC midnight; see @cw/db's date-columns.ts).
 */
export function utcMidnight(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function utcCalendarDate(instant: Date): CalendarDate {
  return instant.toISOString().slice(0, 10);
}

/** The calendar date in Asia/Shanghai at a given instant. */
export function shanghaiDate(instant: Date): CalendarDate {
  return utcCalendarDate(new Date(instant.getTime() + SHANGHAI_OFFSET_MS));
}

/** 00:00 Asia/Shanghai at the start of the given date. */
export function startOfShanghaiDay(date: CalendarDate): Date {
  return new Date(utcMidnight(date).getTime() - SHANGHAI_OFFSET_MS);
}

/** 00:00 Asia/Shanghai after the given date: the exclusive end of a whole-day range. */
export function endOfShanghaiDay(date: CalendarDate): Date {
  return startOfShanghaiDay(addCalendarDays(date, 1));
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return utcCalendarDate(new Date(utcMidnight(date).getTime() + days * DAY_MS));
}
