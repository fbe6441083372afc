// Calendar dates in Beijing for the overview's period presets. The domain has the same
// helpers (shanghaiDate, addCalendarDays), but importing any runtime value from @cw/domain
// brings zod into the first load, which has a size budget (scripts/bundle-size.mjs).
const OFFSET_MS = 8 * 60 * 60 * 1000; // Asia/Shanghai, no daylight saving since 1991
const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's date in Beijing, YYYY-MM-DD. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A URL param that looks like a date or an id; the API checks it properly with zod. */
export const looksLikeDate = (value: string) =>
  DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
export const looksLikeId = (value: string) => UUID.test(value);
