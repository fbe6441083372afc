import { SHANGHAI_OFFSET_MS } from "../shanghai-time.ts";
import type { DeliveryChannel, NotificationSettings, RecipientRole } from "./settings.ts";
import type { NotificationEvent } from "./vocabulary.ts";

/** Why a delivery was not sent, as the delivery log shows it. */
export const SUPPRESSION_RULES = [
  "event_off", // the event is set to notify in-app only
  "role_channel", // the recipient's role does not get this channel
  "daily_cap", // the person reached the day's cap on this channel
] as const;
export type SuppressionRule = (typeof SUPPRESSION_RULES)[number];

export type DeliveryPlan =
  | { send: true; notBefore: Date; deferredBy: "quiet_hours" | null }
  | { send: false; rule: SuppressionRule };

/** Channels that ring a phone: they wait out the quiet hours; email does not. */
const RINGING: readonly DeliveryChannel[] = ["sms", "wecom", "dingtalk"];

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The end of the quiet hours `at` falls in, or null when `at` is outside them. */
export function quietHoursEnd(quiet: NotificationSettings["quietHours"], at: Date): Date | null {
  if (!quiet) return null;
  const local = at.getTime() + SHANGHAI_OFFSET_MS;
  const dayStart = Math.floor(local / 86_400_000) * 86_400_000;
  const now = (local - dayStart) / 60_000;
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  const inQuiet = start <= end ? now >= start && now < end : now >= start || now < end;
  if (!inQuiet) return null;
  const endToday = dayStart + end * 60_000;
  const endLocal = endToday > local ? endToday : endToday + 86_400_000;
  return new Date(endLocal - SHANGHAI_OFFSET_MS);
}

/**
 * Whether and when one notification goes out on one channel. `sentToday` counts what this
 * person already received on the channel this Beijing day (not counting suppressed ones).
 */
export function planDelivery(
  settings: NotificationSettings,
  input: {
    event: NotificationEvent;
    role: RecipientRole;
    channel: DeliveryChannel;
    at: Date;
    sentToday: number;
  },
): DeliveryPlan {
  if (!settings.externalEvents.includes(input.event)) return { send: false, rule: "event_off" };
  const channels = settings.channelsByRole[input.role] ?? [];
  if (!channels.includes(input.channel)) return { send: false, rule: "role_channel" };
  if (input.sentToday >= settings.dailyCap) return { send: false, rule: "daily_cap" };
  const quietEnd = RINGING.includes(input.channel)
    ? quietHoursEnd(settings.quietHours, input.at)
    : null;
  return quietEnd
    ? { send: true, notBefore: quietEnd, deferredBy: "quiet_hours" }
    : { send: true, notBefore: input.at, deferredBy: null };
}

/** Waits between attempts: 1, 4, 16, 64 minutes… at most a day. */
export function retryDelayMs(attemptsMade: number): number {
  return Math.min(60_000 * 4 ** Math.max(0, attemptsMade - 1), 86_400_000);
}
