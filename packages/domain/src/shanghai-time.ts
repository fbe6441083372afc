import { z } from "zod";

/**
 * The campaign runs on Beijing time. Asia/Shanghai has had no daylight saving since 1991,
 * so a fixed +08:00 offset is exact for every date this product handles.
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date as YYYY-MM-DD (no time, no zone). */
export const calendarDateSchema = z.iso.date();
export type CalendarDate = string;

/** The calendar date in Asia/Shanghai at a given instant. */
export function shanghaiDate(instant: Date): CalendarDate {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 Asia/Shanghai at the start of the given date. */
export function startOfShanghaiDay(date: CalendarDate): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
