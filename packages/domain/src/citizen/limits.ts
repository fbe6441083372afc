import type { ThrottleRule } from "../sign-in-throttle.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How much one address or one phone may report (decision 0026). Counted in the database, in
 * the sign-in throttle's table and statement, so several app servers count together. The
 * rule's `maxFailures` is the first report refused: 20 an hour pass, the 21st is refused.
 */
export const REPORT_ADDRESS_LIMIT = { perHour: 20 } as const;
export const REPORT_DEVICE_LIMIT = { perHour: 10 } as const;
/** Photos sent before a report: up to the report's 3 photos per report allowed. */
export const REPORT_PHOTO_ADDRESS_LIMIT = { perHour: 60 } as const;

const hourly = (perHour: number): ThrottleRule => ({
  maxFailures: perHour + 1,
  windowMs: HOUR,
  lockMs: HOUR,
});

/** The limit keys one submission counts against. */
export function reportLimitKeys(
  address: string | null,
  deviceId: string | null,
): { key: string; rule: ThrottleRule; scope: "address" | "device" }[] {
  const keys: { key: string; rule: ThrottleRule; scope: "address" | "device" }[] = [];
  if (address)
    keys.push({
      key: `report-address:${address}`,
      rule: hourly(REPORT_ADDRESS_LIMIT.perHour),
      scope: "address",
    });
  if (deviceId)
    keys.push({
      key: `report-device:${deviceId}`,
      rule: hourly(REPORT_DEVICE_LIMIT.perHour),
      scope: "device",
    });
  return keys;
}

export function reportPhotoLimitKey(address: string | null) {
  return address
    ? { key: `report-photo:${address}`, rule: hourly(REPORT_PHOTO_ADDRESS_LIMIT.perHour) }
    : null;
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
