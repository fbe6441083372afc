import { addCalendarDays, type CalendarDate, shanghaiDate, utcMidnight } from "./shanghai-time.ts";

// The weeks of the overview's opened-vs-closed chart (part of overview-rules.ts).

/** Weeks run Monday to Sunday in Beijing (ISO weeks, as PostgreSQL's date_trunc('week')). */
export function weekStartOf(date: CalendarDate): CalendarDate {
  const weekday = utcMidnight(date).getUTCDay(); // 0 = Sunday
  return addCalendarDays(date, -((weekday + 6) % 7));
}

// YYYY-MM-DD dates order as text (Math.min/max would turn them into NaN).
const laterOf = (a: CalendarDate, b: CalendarDate) => (a.localeCompare(b) >= 0 ? a : b);
const earlierOf = (a: CalendarDate, b: CalendarDate) => (a.localeCompare(b) <= 0 ? a : b);

/** Weeks the opened-vs-closed chart shows when no period is chosen, and at most. */
export const DEFAULT_CHART_WEEKS = 12;
export const MAX_CHART_WEEKS = 53;

export interface ChartWeek {
  weekStart: CalendarDate;
  /** The part of the week inside the period (the first and last week may be partial). */
  from: CalendarDate;
  to: CalendarDate;
}

/**
 * The weeks of the chosen period, clipped to it; without a start, the last
 * DEFAULT_CHART_WEEKS weeks up to its end (or today); never more than MAX_CHART_WEEKS.
 */
export function chartWeeks(period: { from?: CalendarDate; to?: CalendarDate }, now: Date) {
  const to = period.to ?? shanghaiDate(now);
  const lastWeek = weekStartOf(to);
  const earliest = addCalendarDays(lastWeek, -7 * (MAX_CHART_WEEKS - 1));
  const wanted = period.from ?? addCalendarDays(lastWeek, -7 * (DEFAULT_CHART_WEEKS - 1));
  const from = laterOf(wanted, earliest);
  const weeks: ChartWeek[] = [];
  for (let start = weekStartOf(from); start <= to; start = addCalendarDays(start, 7)) {
    const end = addCalendarDays(start, 6);
    weeks.push({ weekStart: start, from: laterOf(start, from), to: earlierOf(end, to) });
  }
  return weeks;
}
