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
  /** The city's own days: date → is it a working day. */
  readonly overrides: ReadonlyMap<CalendarDate, boolean>;
}

export function workingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const local = new Map(overrides.map((o) => [o.date, o.kind === "workday"]));
  return {
    overrides: local,
    isWorkingDay(date) {
      return local.get(date) ?? isOfficialWorkday(date);
    },
  };
}

const DAY_MS = 86_400_000;
const dayNumber = (date: CalendarDate) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
/** The official calendar's days counted once, for the years a campaign's deadlines fall in. */
const OFFICIAL_FROM = dayNumber("2015-01-01");
const OFFICIAL_DAYS = 26 * 366;
/** officialBefore[i]: official working days in [OFFICIAL_FROM, OFFICIAL_FROM + i). */
let officialBefore: Int32Array | null = null;

function officialCounts(): Int32Array {
  if (officialBefore) return officialBefore;
  const counts = new Int32Array(OFFICIAL_DAYS + 1);
  for (let i = 0; i < OFFICIAL_DAYS; i++) {
    const date = new Date((OFFICIAL_FROM + i) * DAY_MS).toISOString().slice(0, 10);
    counts[i + 1] = (counts[i] ?? 0) + (chineseDays.isWorkday(date) ? 1 : 0);
  }
  officialBefore = counts;
  return counts;
}

function isOfficialWorkday(date: CalendarDate): boolean {
  const i = dayNumber(date) - OFFICIAL_FROM;
  if (i < 0 || i >= OFFICIAL_DAYS) return chineseDays.isWorkday(date);
  const counts = officialCounts();
  return (counts[i + 1] ?? 0) > (counts[i] ?? 0);
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
  if (to <= from) return 0;
  const a = dayNumber(from) - OFFICIAL_FROM;
  const b = dayNumber(to) - OFFICIAL_FROM;
  // Outside the counted years: day by day (bounded: a deadline is never years away).
  if (a < 0 || b >= OFFICIAL_DAYS) {
    let n = 0;
    for (let d = addCalendarDays(from, 1), guard = 0; d <= to && guard < 3660; guard++) {
      if (calendar.isWorkingDay(d)) n++;
      d = addCalendarDays(d, 1);
    }
    return n;
  }
  // The official count for the range from the running totals, then the city's own days in it.
  const counts = officialCounts();
  let n = (counts[b + 1] ?? 0) - (counts[a + 1] ?? 0);
  for (const [date, working] of calendar.overrides) {
    if (date <= from || date > to) continue;
    const official = isOfficialWorkday(date);
    if (working !== official) n += working ? 1 : -1;
  }
  return n;
}
