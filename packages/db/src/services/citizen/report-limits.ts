import {
  DomainError,
  lockedMinutesLeft,
  REPORT_ADDRESS_LIMIT,
  REPORT_DEVICE_LIMIT,
  reportLimitKeys,
  reportPhotoLimitKey,
} from "@cw/domain";
import { countFailure } from "../../queries/sign-in-throttle.ts";
import type { AnonymousServiceContext } from "../service-context.ts";

/**
 * Counts one public report against its address and its device, in the sign-in throttle's
 * table and single statement (decision 0014), so several app servers count together. The
 * report over the limit is refused with how long to wait.
 */
export async function countReportLimits(
  ctx: AnonymousServiceContext,
  who: { address: string | null; deviceId: string | null },
): Promise<void> {
  for (const { key, rule, scope } of reportLimitKeys(who.address, who.deviceId)) {
    const lockedUntil = await countFailure(ctx.prisma, key, rule, ctx.now);
    if (lockedUntil) {
      const minutes = lockedMinutesLeft(lockedUntil, ctx.now);
      throw scope === "address"
        ? new DomainError("too_many_requests", "citizen.too_many_from_address", {
            max: REPORT_ADDRESS_LIMIT.perHour,
            minutes,
          })
        : new DomainError("too_many_requests", "citizen.too_many_from_device", {
            max: REPORT_DEVICE_LIMIT.perHour,
            minutes,
          });
    }
  }
}

/** The photos sent ahead of a report, counted per address the same way. */
export async function countReportPhotoLimit(
  ctx: AnonymousServiceContext,
  address: string | null,
): Promise<void> {
  const limit = reportPhotoLimitKey(address);
  if (!limit) return;
  const lockedUntil = await countFailure(ctx.prisma, limit.key, limit.rule, ctx.now);
  if (lockedUntil)
    throw new DomainError("too_many_requests", "citizen.too_many_photos_from_address", {
      minutes: lockedMinutesLeft(lockedUntil, ctx.now),
    });
}

/** A coordinator's block on the device or the number stops the report before anything else. */
export async function assertNotBlocked(
  ctx: AnonymousServiceContext,
  who: { deviceId: string | null; mobile: string | null },
): Promise<void> {
  const keys = [
    ...(who.deviceId ? [{ kind: "device" as const, value: who.deviceId }] : []),
    ...(who.mobile ? [{ kind: "mobile" as const, value: who.mobile }] : []),
  ];
  if (keys.length === 0) return;
  const block = await ctx.prisma.citizenBlock.findFirst({
    where: { OR: keys },
    select: { id: true },
  });
  if (block) throw new DomainError("forbidden", "citizen.blocked");
}
