import type { Language } from "../i18n/i18n.ts";

/**
 * A time of day as "HH:mm", in Beijing time as format.ts shows every time. Beside format.ts,
 * not in it, and with the zone written again: only lazy screens use it, and anything format.ts
 * holds or exports is part of the first load (its budget, ~50 bytes under).
 */
export function formatTimeOfDay(value: Date, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(value);
}
