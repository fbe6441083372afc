const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How much one address or one phone may report (decision 0026): a fixed window from the first
 * report, counted in the database (the sign-in throttle's table), so several app servers
 * count together. 20 an hour pass from one address; the 21st is refused until the hour ends.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
}
export const REPORT_ADDRESS_LIMIT: RateLimit = { max: 20, windowMs: HOUR };
export const REPORT_DEVICE_LIMIT: RateLimit = { max: 10, windowMs: HOUR };
/** Photos sent ahead of reports (3 per report at most). */
export const REPORT_PHOTO_ADDRESS_LIMIT: RateLimit = { max: 60, windowMs: HOUR };

export type ReportLimitScope = "address" | "device" | "photo";

/** The limit keys one submission counts against. */
export function reportLimitKeys(
  address: string | null,
  deviceId: string | null,
): { key: string; limit: RateLimit; scope: ReportLimitScope }[] {
  const keys: { key: string; limit: RateLimit; scope: ReportLimitScope }[] = [];
  if (address)
    keys.push({ key: `report-address:${address}`, limit: REPORT_ADDRESS_LIMIT, scope: "address" });
  if (deviceId)
    keys.push({ key: `report-device:${deviceId}`, limit: REPORT_DEVICE_LIMIT, scope: "device" });
  return keys;
}

export function reportPhotoLimitKey(address: string | null) {
  return address
    ? { key: `report-photo:${address}`, limit: REPORT_PHOTO_ADDRESS_LIMIT, scope: "photo" as const }
    : null;
}

/** Whole minutes until the window ends (rounded up, at least 1). */
export function minutesUntil(end: Date, now: Date): number {
  return Math.max(1, Math.ceil((end.getTime() - now.getTime()) / MINUTE));
}

/** The text limits of a public report. */
export const REPORT_DESCRIPTION_MAX = 500;
export const REPORT_PHOTOS_MAX = 3;
/** Same category within this distance is offered as a duplicate (FixMyStreet's ~50 m). */
export const DUPLICATE_RADIUS_M = 50;
/** A unit's satisfaction is shown as a share only from this many answers. */
export const SATISFACTION_MIN_SAMPLE = 5;
/** How long a proof-of-work challenge may be solved and sent. */
export const CHALLENGE_TTL_MS = 10 * MINUTE;
