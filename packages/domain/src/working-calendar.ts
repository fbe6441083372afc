import chineseDays from "chinese-days";
import { z } from "zod";
import { calendarDateInput, textInput } from "./schemas/common.ts";
import { addCalendarDays, type CalendarDate } from "./shanghai-time.ts";

/**
 * Working days follow China's official calendar (public holidays and the weekend days
 * moved to make them, 调休), from the maintained `chinese-days` package, with a city's own
 * changes on top (a local holiday, or a new year's calendar before the package has it).
 */
export const CALENDAR_DAY_KINDS = ["holiday", "workday"] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const calendarOverrideSchema = z.object({
  date: calendarDateInput,
  kind: z.enum(CALENDAR_DAY_KINDS),
  note: textInput().max(200, "field.too_long").default(""),
});
export type CalendarOverride = z.infer<typeof calendarOverrideSchema>;

export interface WorkingCalendar {
  isWorkingDay(date: CalendarDate): boolean;
}

export function workingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const local = new Map(overrides.map((o) => [o.date, o.kind === "workday"]));
  return {
    isWorkingDay(date) {
      return local.get(date) ?? chineseDays.isWorkday(date);
    },
  };
}

/** The n-th working day after `from` (n >= 1); `from` itself never counts. */
export function addWorkingDays(
  calendar: WorkingCalendar,
  from: CalendarDate,
  n: number,
): CalendarDate {
  let date = from;
  let left = n;
  // A year has no more than ~40 consecutive non-working days; the cap only guards bad data.
  for (let guard = 0; left > 0 && guard < n * 7 + 60; guard++) {
    date = addCalendarDays(date, 1);
    if (calendar.isWorkingDay(date)) left--;
  }
  return date;
}

/** Working days in (from, to]; 0 when to <= from. */
export function workingDaysBetween(
  calendar: WorkingCalendar,
  from: CalendarDate,
  to: CalendarDate,
): number {
  let n = 0;
  // Bounded: a deadline is never years away from today.
  for (let d = addCalendarDays(from, 1), guard = 0; d <= to && guard < 3660; guard++) {
    if (calendar.isWorkingDay(d)) n++;
    d = addCalendarDays(d, 1);
  }
  return n;
}
