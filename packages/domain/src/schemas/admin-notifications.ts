import { z } from "zod";
import { ROBOT_CHANNELS } from "../notifications/channel-config.ts";
import { SUPPRESSION_RULES } from "../notifications/delivery-rules.ts";
import { DELIVERY_CHANNELS } from "../notifications/settings.ts";
import { NOTIFICATION_EVENTS } from "../notifications/vocabulary.ts";

// The admin screens of the supervision loop (issue 10): scheduled jobs, the delivery log,
// the units' robots, the SMS gateway. Notification settings use notificationSettingsSchema.

export const SCHEDULED_JOBS = [
  "reminders",
  "digests",
  "snapshots",
  "deliveries",
  "weekly-notice",
] as const;
export const scheduledJobSchema = z.enum(SCHEDULED_JOBS);
export type ScheduledJob = z.infer<typeof scheduledJobSchema>;

const jobRunSchema = z.object({
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  ok: z.boolean().nullable(),
  trigger: z.string(),
  summary: z.unknown(),
});

export const jobStatusListSchema = z.array(
  z.object({
    job: scheduledJobSchema,
    cron: z.string(),
    timeZone: z.string(),
    lastRun: jobRunSchema.nullable(),
    nextRunAt: z.date(),
  }),
);

export const runJobInputSchema = z.object({ job: scheduledJobSchema });
export const runJobOutputSchema = z.object({
  job: scheduledJobSchema,
  ok: z.boolean(),
  summary: z.unknown(),
});

export const DELIVERY_STATUSES = ["pending", "sending", "sent", "failed", "suppressed"] as const;

export const deliveryLogInputSchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  channel: z.enum(DELIVERY_CHANNELS).optional(),
  /** Older than this (the last row's createdAt): the next page. */
  before: z.coerce.date().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type DeliveryLogInput = z.infer<typeof deliveryLogInputSchema>;

export const deliveryLogSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      createdAt: z.date(),
      channel: z.enum(DELIVERY_CHANNELS),
      /** The address, or the unit robot's masked URL. */
      target: z.string(),
      recipient: z.string(),
      event: z.enum(NOTIFICATION_EVENTS),
      title: z.string(),
      status: z.enum(DELIVERY_STATUSES),
      suppressedBy: z.enum(SUPPRESSION_RULES).nullable(),
      attempts: z.number().int(),
      providerAnswer: z.string().nullable(),
      notBefore: z.date(),
      sentAt: z.date().nullable(),
    }),
  ),
  nextBefore: z.date().nullable(),
});

export const deliveryIdInputSchema = z.object({ id: z.uuid() });

export const unitChannelListSchema = z.array(
  z.object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    channel: z.enum(ROBOT_CHANNELS),
    webhookMasked: z.string(),
    secretSet: z.boolean(),
    active: z.boolean(),
    updatedAt: z.date(),
  }),
);

export const smsGatewayOutputSchema = z
  .object({
    urlTemplate: z.string(),
    method: z.enum(["POST", "GET"]),
    contentType: z.enum(["json", "form"]),
    bodyTemplate: z.string(),
    secretSet: z.boolean(),
  })
  .nullable();
