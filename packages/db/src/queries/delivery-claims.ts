import type { PrismaClient } from "../generated/prisma/client.ts";

export interface ClaimedDelivery {
  id: string;
  notificationId: string;
  channel: "email" | "sms" | "wecom" | "dingtalk";
  target: string;
  mention: string | null;
  attempts: number;
}

/**
 * Claims up to `limit` deliveries due at `now` for this worker: pending ones whose time has
 * come, and ones another worker claimed more than `leaseMs` ago without answering (it died).
 * FOR UPDATE SKIP LOCKED: two workers never claim the same row; the claim commits at once.
 * `now` (the job's clock) decides what is due; the lease runs on the database's own clock
 * (clock_timestamp), so a long drain or a test clock never makes a live claim look expired.
 */
export function claimDeliveries(
  prisma: PrismaClient,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  const leaseSeconds = leaseMs / 1000;
  return prisma.$queryRaw<ClaimedDelivery[]>`
    UPDATE "delivery" AS d
    SET "status" = 'sending', "claimedAt" = clock_timestamp(), "attempts" = d."attempts" + 1, "updatedAt" = ${now}
    WHERE d."id" IN (
      SELECT "id" FROM "delivery"
      WHERE ("status" = 'pending' AND "notBefore" <= ${now})
         OR ("status" = 'sending'
             AND "claimedAt" <= clock_timestamp() - make_interval(secs => ${leaseSeconds}::float8))
      ORDER BY "notBefore", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING d."id", d."notificationId", d."channel"::text AS "channel", d."target", d."mention", d."attempts"`;
}
