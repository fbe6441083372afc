import { z } from "zod";
import { ROLES } from "../roles.ts";
import { CONTACT_ROLES, NOTIFICATION_EVENTS, type NotificationEvent } from "./vocabulary.ts";

/** The channels a notification may also go out on; the in-app bell always has it. */
export const DELIVERY_CHANNELS = ["email", "sms", "wecom", "dingtalk"] as const;
export const deliveryChannelSchema = z.enum(DELIVERY_CHANNELS);
export type DeliveryChannel = z.infer<typeof deliveryChannelSchema>;

/** Whom a channel choice is made for: a user's role or a unit contact's role. */
export const RECIPIENT_ROLES = [...ROLES, ...CONTACT_ROLES] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");

/**
 * Against "formalism at the fingertips" (指尖上的形式主义): which events go beyond the bell,
 * when phones may ring, how much one person receives a day, and which channels each role gets.
 * Proportionate defaults: reminders and notices by email to everyone, SMS and group chat to
 * the units that must act, never at night, at most 5 per person, channel and day.
 */
export const notificationSettingsSchema = z.object({
  /** Events sent beyond the in-app bell; the bell shows every event. */
  externalEvents: z
    .array(z.enum(NOTIFICATION_EVENTS))
    .default([...NOTIFICATION_EVENTS.filter((e) => e !== "verification_requested")]),
  /** No SMS or group-chat message between these times (Beijing); email waits for no one. */
  quietHours: z
    .object({ start: hhmm, end: hhmm })
    .nullable()
    .default({ start: "21:00", end: "08:00" }),
  /** Messages per person, channel and day (Beijing) beyond which the rest are suppressed. */
  dailyCap: z.number().int().min(1).max(100).default(5),
  channelsByRole: z.record(z.enum(RECIPIENT_ROLES), z.array(deliveryChannelSchema)).default({
    admin: ["email"],
    coordinator: ["email"],
    inspector: ["email"],
    unit_officer: ["email", "sms", "wecom", "dingtalk"],
    leader: ["email"],
    head: ["email", "sms", "wecom", "dingtalk"],
    liaison: ["email", "sms", "wecom", "dingtalk"],
  }),
  /** 临近提醒 this many working days before the deadline. */
  dueSoonWorkingDays: z.number().int().min(1).max(10).default(1),
  /** 到期催办 again every this many working days while overdue. */
  overdueRepeatWorkingDays: z.number().int().min(1).max(10).default(1),
  /** To the unit head after this many overdue working days, to the leaders after twice it. */
  escalateAfterWorkingDays: z.number().int().min(1).max(30).default(3),
  /** The leaders reached by the last rung; empty means every active leader. */
  escalationLeaderIds: z.array(z.uuid()).max(50).default([]),
  /** A failed delivery is tried this many times in all, with growing waits, then given up. */
  maxAttempts: z.number().int().min(1).max(10).default(5),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = notificationSettingsSchema.parse(
  {},
);

export const isExternalEvent = (settings: NotificationSettings, event: NotificationEvent) =>
  settings.externalEvents.includes(event);
