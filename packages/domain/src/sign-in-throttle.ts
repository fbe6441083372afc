// Sign-in throttling (docs/decisions/0014): failed sign-ins are counted per account and per
// address within a window; reaching the limit locks that key for a while. The numbers follow
// OWASP ASVS V2.2.1 (soft lockout, not permanent) and are the same for every city.

export interface ThrottleRule {
  /** Failures within the window that lock the key. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;

/** One account: 5 wrong passwords within 15 minutes lock it for 15 minutes. */
export const ACCOUNT_THROTTLE: ThrottleRule = {
  maxFailures: 5,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
};
/** One address (an office behind one NAT shares it): 30 failures within 15 minutes. */
export const ADDRESS_THROTTLE: ThrottleRule = {
  maxFailures: 30,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
};

/** The throttle keys of one sign-in attempt; usernames compare case-insensitively. */
export function throttleKeys(
  username: string,
  address: string | null,
): { key: string; rule: ThrottleRule }[] {
  const keys = [{ key: `account:${username.trim().toLowerCase()}`, rule: ACCOUNT_THROTTLE }];
  if (address) keys.push({ key: `address:${address}`, rule: ADDRESS_THROTTLE });
  return keys;
}

/** Whole minutes until `lockedUntil` (rounded up, at least 1), or 0 when not locked. */
export function lockedMinutesLeft(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil || lockedUntil <= now) return 0;
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / MINUTE));
}
