import {
  type Actor,
  DEFAULT_NOTIFICATION_SETTINGS,
  type NotificationSettings,
  notificationSettingsSchema,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";

const KEY = "notifications";

/** The admin's notification settings over the defaults; an invalid stored value falls back. */
export async function loadNotificationSettings(
  db: PrismaClient | Tx,
): Promise<NotificationSettings> {
  const row = await db.setting.findUnique({ where: { key: KEY }, select: { value: true } });
  if (!row) return DEFAULT_NOTIFICATION_SETTINGS;
  const parsed = notificationSettingsSchema.safeParse(row.value);
  return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_SETTINGS;
}

export function readNotificationSettings(ctx: ServiceContext<Actor>) {
  return loadNotificationSettings(ctx.prisma);
}

export async function updateNotificationSettings(
  ctx: ServiceContext<Actor>,
  input: NotificationSettings,
): Promise<NotificationSettings> {
  const settings = notificationSettingsSchema.parse(input);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadNotificationSettings(tx);
    await tx.setting.upsert({
      where: { key: KEY },
      create: { key: KEY, value: settings },
      update: { value: settings },
      select: { key: true },
    });
    await recordAudit(tx, ctx, {
      entityType: "setting",
      entityId: KEY,
      action: "update",
      before,
      after: settings,
    });
    return settings;
  });
}
