import {
  type CalendarOverride,
  type CampaignSettings,
  campaignSettingsSchema,
  DEFAULT_SETTINGS,
  type WorkingCalendar,
  workingCalendar,
} from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "./audit.ts";

const SETTINGS_KEY = "campaign";

/** The admin's settings over the defaults; unknown or invalid stored keys fall back. */
export async function readSettings(prisma: PrismaClient | Tx): Promise<CampaignSettings> {
  const row = await prisma.setting.findUnique({ where: { key: SETTINGS_KEY } });
  if (!row) return DEFAULT_SETTINGS;
  const parsed = campaignSettingsSchema.safeParse({
    ...DEFAULT_SETTINGS,
    ...(row.value as object),
  });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function writeSettings(tx: Tx, settings: CampaignSettings): Promise<void> {
  await tx.setting.upsert({
    where: { key: SETTINGS_KEY },
    create: { key: SETTINGS_KEY, value: settings },
    update: { value: settings },
  });
}

/** The official calendar with this city's own days on top. */
export async function readCalendar(prisma: PrismaClient | Tx): Promise<WorkingCalendar> {
  const rows = await prisma.calendarDay.findMany();
  const overrides: CalendarOverride[] = rows.map((r) => ({
    date: r.date.toISOString().slice(0, 10),
    kind: r.kind === "workday" ? "workday" : "holiday",
    note: r.note,
  }));
  return workingCalendar(overrides);
}
