import {
  DomainError,
  type MessageKey,
  minutesUntil,
  type RateLimit,
  type ReportLimitScope,
  reportLimitKeys,
  reportPhotoLimitKey,
} from "@cw/domain";
import { countAttempt } from "../../queries/sign-in-throttle.ts";
import type { AnonymousServiceContext } from "../service-context.ts";

const REFUSAL: Record<ReportLimitScope, MessageKey> = {
  address: "citizen.too_many_from_address",
  device: "citizen.too_many_from_device",
  photo: "citizen.too_many_photos_from_address",
};

/** Counts one attempt on each key; past a limit, refused with the minutes until its window ends. */
async function count(
  ctx: AnonymousServiceContext,
  keys: { key: string; limit: RateLimit; scope: ReportLimitScope }[],
): Promise<void> {
  for (const { key, limit, scope } of keys) {
    const { count, windowEnds } = await countAttempt(ctx.prisma, key, limit.windowMs, ctx.now);
    if (count > limit.max)
      throw new DomainError("too_many_requests", REFUSAL[scope], {
        max: limit.max,
        minutes: minutesUntil(windowEnds, ctx.now),
      });
  }
}

/**
 * One public report against its address and its device, in the sign-in throttle's table
 * (decision 0014) and one statement each, so several app servers count together.
 */
export function countReportLimits(
  ctx: AnonymousServiceContext,
  who: { address: string | null; deviceId: string | null },
): Promise<void> {
  return count(ctx, reportLimitKeys(who.address, who.deviceId));
}

/** The photos sent ahead of a report, counted per address the same way. */
export function countReportPhotoLimit(
  ctx: AnonymousServiceContext,
  address: string | null,
): Promise<void> {
  const key = reportPhotoLimitKey(address);
  return count(ctx, key ? [key] : []);
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
