import {
  listDeliveries,
  listJobStatus,
  listUnitChannels,
  readNotificationSettings,
  readSmsGateway,
  retryDelivery,
  runJobNow,
  storeSmsGateway,
  storeUnitChannel,
  updateNotificationSettings,
} from "@cw/db";
import {
  deliveryIdInputSchema,
  deliveryLogInputSchema,
  deliveryLogSchema,
  jobStatusListSchema,
  notificationSettingsSchema,
  runJobInputSchema,
  runJobOutputSchema,
  smsGatewayInputSchema,
  smsGatewayOutputSchema,
  unitChannelInputSchema,
  unitChannelListSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../../trpc.ts";

// The supervision loop's admin API (issue 10): jobs, the delivery log, channels, settings.
export const jobsRouter = router({
  list: allow("admin")
    .input(z.void())
    .output(jobStatusListSchema)
    .query(({ ctx }) => listJobStatus(ctx.svc)),

  runNow: allow("admin")
    .input(runJobInputSchema)
    .output(runJobOutputSchema)
    .mutation(({ ctx, input }) => runJobNow(ctx.svc, input)),
});

export const deliveriesRouter = router({
  list: allow("admin")
    .input(deliveryLogInputSchema)
    .output(deliveryLogSchema)
    .query(({ ctx, input }) => listDeliveries(ctx.svc, input)),

  retry: allow("admin")
    .input(deliveryIdInputSchema)
    .output(z.object({ id: z.uuid(), retried: z.boolean() }))
    .mutation(({ ctx, input }) => retryDelivery(ctx.svc, input)),
});

export const channelsRouter = router({
  listUnitRobots: allow("admin")
    .input(z.object({ unitId: z.uuid().optional() }))
    .output(unitChannelListSchema)
    .query(({ ctx, input }) => listUnitChannels(ctx.svc, input)),

  storeUnitRobot: allow("admin")
    .input(unitChannelInputSchema)
    .output(z.object({ id: z.uuid(), webhookMasked: z.string() }))
    .mutation(({ ctx, input }) => storeUnitChannel(ctx.svc, input)),

  smsGateway: allow("admin")
    .input(z.void())
    .output(smsGatewayOutputSchema)
    .query(({ ctx }) => readSmsGateway(ctx.svc)),

  storeSmsGateway: allow("admin")
    .input(smsGatewayInputSchema)
    .output(smsGatewayOutputSchema.unwrap())
    .mutation(({ ctx, input }) => storeSmsGateway(ctx.svc, input)),

  settings: allow("admin")
    .input(z.void())
    .output(notificationSettingsSchema)
    .query(({ ctx }) => readNotificationSettings(ctx.svc)),

  updateSettings: allow("admin")
    .input(notificationSettingsSchema)
    .output(notificationSettingsSchema)
    .mutation(({ ctx, input }) => updateNotificationSettings(ctx.svc, input)),
});
