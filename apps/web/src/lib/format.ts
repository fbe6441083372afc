import type { Language } from "../i18n/i18n.ts";

// Every date and time is shown in Beijing time, wherever the browser is.
const TIME_ZONE = "Asia/Shanghai";

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

export function formatDateTime(value: Date, language: Language): string {
  return cached(
    `dt:${language}`,
    () =>
      new Intl.DateTimeFormat(language, {
        timeZone: TIME_ZONE,
        dateStyle: "medium",
        timeStyle: "short",
      }),
  ).format(value);
}

const EN_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/**
 * "YYYY-MM-DD" as Intl's medium date writes it (2026年1月5日, Jan 5, 2026), without Intl: the
 * first zh-CN Intl.DateTimeFormat loads its patterns in 240–480 ms on a phone's 4×-slowed CPU,
 * the longest part of the unit view's first render (issue 15). apps/web/test/format.test.ts
 * checks it against Intl.
 */
function calendarDate(value: string, language: Language): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return language === "en"
    ? `${EN_MONTHS[month - 1]} ${day}, ${year}`
    : `${year}年${month}月${day}日`;
}

/** A calendar date "YYYY-MM-DD" (already a Beijing date) or an instant, as a Beijing date. */
export function formatDate(value: Date | string, language: Language): string {
  const plain = typeof value === "string" ? calendarDate(value, language) : null;
  if (plain) return plain;
  // A bare date is read at noon UTC so no time zone can move it to another day.
  const instant = typeof value === "string" ? new Date(`${value}T12:00:00Z`) : value;
  return cached(
    `d:${language}`,
    () => new Intl.DateTimeFormat(language, { timeZone: TIME_ZONE, dateStyle: "medium" }),
  ).format(instant);
}

/** Month and day only, for chart axes. */
export function formatShortDate(value: string, language: Language): string {
  return cached(
    `sd:${language}`,
    () =>
      new Intl.DateTimeFormat(language, { timeZone: TIME_ZONE, month: "numeric", day: "numeric" }),
  ).format(new Date(`${value}T12:00:00Z`));
}

export function formatNumber(value: number, language: Language, maxFractionDigits = 0): string {
  return cached(
    `n:${language}:${maxFractionDigits}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits: maxFractionDigits }),
  ).format(value);
}

/** A share 0–1 as a percentage; null (nothing to divide) as a dash, never as 0%. */
export function formatShare(value: number | null, language: Language): string {
  if (value === null) return "—";
  return cached(
    `p:${language}`,
    () => new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 }),
  ).format(value);
}
