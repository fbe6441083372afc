import type { Actor, DeliveryLogInput } from "@cw/domain";
import { recordAudit } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { kickDeliveries } from "./delivery-kick.ts";

/** The delivery log, newest first: message, channel, recipient, time, and the result. */
export async function listDeliveries(ctx: ServiceContext<Actor>, input: DeliveryLogInput) {
  const rows = await ctx.prisma.delivery.findMany({
    where: {
      ...(input.status ? { status: input.status } : {}),
      ...(input.channel ? { channel: input.channel } : {}),
      ...(input.before ? { createdAt: { lt: input.before } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: {
      id: true,
      createdAt: true,
      channel: true,
      target: true,
      status: true,
      suppressedBy: true,
      attempts: true,
      providerAnswer: true,
      notBefore: true,
      sentAt: true,
      notification: {
        select: {
          event: true,
          title: true,
          recipientUser: { select: { displayName: true } },
          recipientContact: { select: { name: true } },
        },
      },
    },
  });
  const robots = await ctx.prisma.unitChannel.findMany({
    where: {
      id: {
        in: rows
          .filter((r) => r.channel === "wecom" || r.channel === "dingtalk")
          .map((r) => r.target),
      },
    },
    select: { id: true, webhookMasked: true },
  });
  const masked = new Map(robots.map((r) => [r.id, r.webhookMasked]));
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      channel: r.channel,
      target: masked.get(r.target) ?? r.target,
      recipient:
        r.notification.recipientUser?.displayName ?? r.notification.recipientContact?.name ?? "—",
      event: r.notification.event,
      title: r.notification.title,
      status: r.status,
      suppressedBy: r.suppressedBy as "event_off" | "role_channel" | "daily_cap" | null,
      attempts: r.attempts,
      providerAnswer: r.providerAnswer,
      notBefore: r.notBefore,
      sentAt: r.sentAt,
    })),
    nextBefore: rows.length > input.limit ? (page.at(-1)?.createdAt ?? null) : null,
  };
}

/** Sends a failed delivery again from now, with a fresh count of attempts. */
export async function retryDelivery(ctx: ServiceContext<Actor>, input: { id: string }) {
  const result = await ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.delivery.updateManyAndReturn({
      where: { id: input.id, status: "failed" },
      data: { status: "pending", attempts: 0, notBefore: ctx.now },
      select: { id: true, status: true },
    });
    if (updated.length === 0) return { id: input.id, retried: false };
    await recordAudit(tx, ctx, { entityType: "delivery", entityId: input.id, action: "retry" });
    return { id: input.id, retried: true };
  });
  if (result.retried) kickDeliveries();
  return result;
}
