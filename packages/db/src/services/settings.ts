import {
  type Actor,
  type CalendarOverride,
  type CampaignSettings,
  campaignSettingsSchema,
  DEFAULT_SETTINGS,
  type WorkingCalendar,
  workingCalendar,
} from "@cw/domain";
import { fromDateColumn } from "../date-columns.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";

const SETTINGS_KEY = "campaign";

/** The admin's settings over the defaults; unknown or invalid stored keys fall back. */
export async function loadSettings(db: PrismaClient | Tx): Promise<CampaignSettings> {
  const row = await db.setting.findUnique({
    where: { key: SETTINGS_KEY },
    select: { value: true },
  });
  return settingsFrom(row?.value);
}

function settingsFrom(stored: unknown): CampaignSettings {
  if (stored === null || stored === undefined) return DEFAULT_SETTINGS;
  const parsed = campaignSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(stored as object) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** The settings as the admin screen and every role read them. */
export function readSettings(ctx: ServiceContext<Actor | null>): Promise<CampaignSettings> {
  return loadSettings(ctx.prisma);
}

export async function writeSettings(tx: Tx, settings: CampaignSettings): Promise<void> {
  await tx.setting.upsert({
    where: { key: SETTINGS_KEY },
    create: { key: SETTINGS_KEY, value: settings },
    update: { value: settings },
    select: { key: true },
  });
}

/** The official calendar with this city's own days on top. */
export async function loadCalendar(db: PrismaClient | Tx): Promise<WorkingCalendar> {
  const rows = await db.calendarDay.findMany({ select: { date: true, kind: true, note: true } });
  const overrides: CalendarOverride[] = rows.map((r) => ({
    date: fromDateColumn(r.date),
    kind: r.kind,
    note: r.note,
  }));
  return workingCalendar(overrides);
}

/**
 * The settings and the calendar in one statement, for the reads that need both on every
 * request (the task lists' timing).
 */
export async function loadSettingsAndCalendar(
  db: PrismaClient | Tx,
): Promise<{ settings: CampaignSettings; calendar: WorkingCalendar }> {
  const [row] = await db.$queryRaw<{ settings: unknown; days: CalendarOverride[] }[]>`
    SELECT (SELECT "value" FROM "setting" WHERE "key" = ${SETTINGS_KEY}) AS "settings",
           (SELECT coalesce(json_agg(json_build_object(
                     'date', d."date"::text, 'kind', d."kind"::text, 'note', d."note")), '[]'::json)
              FROM "calendar_day" d) AS "days"`;
  return { settings: settingsFrom(row?.settings), calendar: workingCalendar(row?.days ?? []) };
}
