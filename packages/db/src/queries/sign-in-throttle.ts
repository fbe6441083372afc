import type { ThrottleRule } from "@cw/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "../services/audit.ts";

/** The latest lockout among these keys, or null. */
export async function readLockout(
  prisma: PrismaClient | Tx,
  keys: readonly string[],
  now: Date,
): Promise<Date | null> {
  const rows = await prisma.signInThrottle.findMany({
    where: { key: { in: [...keys] }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
    orderBy: { lockedUntil: "desc" },
    take: 1,
  });
  return rows[0]?.lockedUntil ?? null;
}

/**
 * Counts one failure on `key` in a single statement, so two app servers failing at once
 * both count (no read-then-write race). A window that has passed, or a lockout that has
 * ended, starts the count again at 1. Returns the lockout the count led to, if any.
 */
export async function countFailure(
  prisma: PrismaClient | Tx,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Promise<Date | null> {
  const lockedUntil = new Date(now.getTime() + rule.lockMs);
  const windowFrom = new Date(now.getTime() - rule.windowMs);
  const restarts = Prisma.sql`(t."windowStart" <= ${windowFrom}::timestamptz
    OR (t."lockedUntil" IS NOT NULL AND t."lockedUntil" <= ${now}::timestamptz))`;
  const rows = await prisma.$queryRaw<{ lockedUntil: Date | null }[]>(Prisma.sql`
    INSERT INTO "sign_in_throttle" AS t ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}::timestamptz,
            CASE WHEN 1 >= ${rule.maxFailures}::int THEN ${lockedUntil}::timestamptz END,
            ${now}::timestamptz)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${restarts} THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN ${restarts} THEN ${now}::timestamptz ELSE t."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN ${restarts} THEN 1 ELSE t."failures" + 1 END) >= ${rule.maxFailures}::int
          THEN ${lockedUntil}::timestamptz
        WHEN ${restarts} THEN NULL
        ELSE t."lockedUntil" END,
      "updatedAt" = ${now}::timestamptz
    RETURNING "lockedUntil"`);
  return rows[0]?.lockedUntil ?? null;
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearFailures(prisma: PrismaClient | Tx, key: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key } });
}

/**
 * Counts one attempt on `key` in a fixed window (the public report limits, decision 0026), in
 * the same table and one statement: a window that has passed starts again at 1. Returns the
 * count within the window and when the window ends, so the caller refuses past its limit and
 * says exactly how long to wait.
 */
export async function countAttempt(
  prisma: PrismaClient | Tx,
  key: string,
  windowMs: number,
  now: Date,
): Promise<{ count: number; windowEnds: Date }> {
  const windowFrom = new Date(now.getTime() - windowMs);
  const restarts = Prisma.sql`t."windowStart" <= ${windowFrom}::timestamptz`;
  const rows = await prisma.$queryRaw<{ failures: number; windowStart: Date }[]>(Prisma.sql`
    INSERT INTO "sign_in_throttle" AS t ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}::timestamptz, NULL, ${now}::timestamptz)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${restarts} THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN ${restarts} THEN ${now}::timestamptz ELSE t."windowStart" END,
      "updatedAt" = ${now}::timestamptz
    RETURNING "failures", "windowStart"`);
  const row = rows[0] ?? { failures: 1, windowStart: now };
  return { count: row.failures, windowEnds: new Date(row.windowStart.getTime() + windowMs) };
}
