import { retryDelayMs } from "@cw/domain";
import type { DeliveryConfig } from "../../channels/delivery-config.ts";
import { loadSecretBox } from "../../channels/secret-box.ts";
import {
  type OutgoingMessage,
  type SendResult,
  sendDingtalk,
  sendEmail,
  sendSms,
  sendWecom,
} from "../../channels/senders.ts";
import { type ClaimedDelivery, claimDeliveries } from "../../queries/delivery-claims.ts";
import type { SystemServiceContext } from "../service-context.ts";
import { loadSmsGateway } from "./channel-settings.ts";
import { loadNotificationSettings } from "./notification-settings.ts";

/** A claim older than this with no answer belongs to a worker that died: it is taken over. */
export const DELIVERY_LEASE_MS = 5 * 60_000;
/** Small batches: a claim's lease covers only the few messages sent under it. */
const BATCH = 5;

export interface DeliveriesSummary {
  sent: number;
  failed: number;
  retrying: number;
}

/**
 * Drains the deliveries due now: claims a batch (never one another worker holds), sends each
 * on its channel, records the provider's answer. A failure waits (1, 4, 16… minutes) and is
 * tried again, up to the settings' limit, then stays failed for an admin to retry. A provider
 * being down is a logged failure of that message, never an error of the job.
 */
export async function runDeliveries(
  ctx: SystemServiceContext,
  config: DeliveryConfig,
  log: (line: string) => void = (line) => console.warn(line),
  leaseMs: number = DELIVERY_LEASE_MS,
): Promise<DeliveriesSummary> {
  const { prisma, now } = ctx;
  const settings = await loadNotificationSettings(prisma);
  const summary: DeliveriesSummary = { sent: 0, failed: 0, retrying: 0 };
  for (;;) {
    const batch = await claimDeliveries(prisma, now, BATCH, leaseMs);
    if (batch.length === 0) return summary;
    for (const d of batch) {
      const result = await sendOne(ctx, config, d).catch(
        (error: Error): SendResult => ({ ok: false, answer: error.message.slice(0, 500) }),
      );
      const gaveUp = !result.ok && d.attempts >= settings.maxAttempts;
      await prisma.delivery.update({
        where: { id: d.id },
        data: result.ok
          ? { status: "sent", sentAt: now, providerAnswer: result.answer }
          : {
              status: gaveUp ? "failed" : "pending",
              notBefore: new Date(now.getTime() + retryDelayMs(d.attempts)),
              providerAnswer: result.answer,
            },
        select: { id: true },
      });
      if (result.ok) summary.sent++;
      else {
        summary[gaveUp ? "failed" : "retrying"]++;
        log(
          `delivery ${d.id} on ${d.channel} failed (attempt ${d.attempts} of ${settings.maxAttempts}${gaveUp ? ", giving up" : ""}): ${result.answer}`,
        );
      }
    }
  }
}

async function sendOne(
  ctx: SystemServiceContext,
  config: DeliveryConfig,
  d: ClaimedDelivery,
): Promise<SendResult> {
  const note = await ctx.prisma.notification.findUniqueOrThrow({
    where: { id: d.notificationId },
    select: { title: true, body: true, link: true },
  });
  const link = note.link ? `${config.publicUrl}${note.link}` : null;
  const message: OutgoingMessage = {
    title: note.title,
    body: link && !note.body.includes(link) ? `${note.body}\n${link}` : note.body,
  };
  // The delivery's id is the mail's Message-ID: a copy resent after a crash is recognisable.
  if (d.channel === "email") return sendEmail(config, d.target, message, `<${d.id}@cw-tracker>`);
  if (d.channel === "sms") {
    const sms = await loadSmsGateway(ctx.prisma);
    if (!sms) return { ok: false, answer: "no SMS gateway is configured" };
    return sendSms(sms.gateway, sms.secret, d.target, message);
  }
  const robot = await ctx.prisma.unitChannel.findUnique({
    where: { id: d.target },
    select: { webhookCipher: true, secretCipher: true, active: true },
  });
  const box = loadSecretBox();
  if (!robot?.active) return { ok: false, answer: "the unit's robot was removed or switched off" };
  if (!box) return { ok: false, answer: "SECRETS_KEY is not configured" };
  const url = box.open(robot.webhookCipher);
  if (d.channel === "wecom") return sendWecom(url, d.mention, message);
  const secret = robot.secretCipher ? box.open(robot.secretCipher) : null;
  return sendDingtalk(url, secret, d.mention, message, Date.now());
}
