import {
  type Actor,
  type CalendarDayKind,
  type CalendarDayOutput,
  type CampaignSettings,
  campaignSettingsSchema,
  DomainError,
  type MessageKey,
  type SetCalendarDayInput,
  type UpdateSettingsInput,
} from "@cw/domain";
import { fromDateColumn, toDateColumn } from "../../date-columns.ts";
import { recordAudit } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { loadSettings, writeSettings } from "../settings.ts";
import { found } from "./admin-helpers.ts";

// The city's own calendar days and the campaign settings: configuration, audited like data.

const DAY = { date: true, kind: true, note: true } as const;
const toDay = (row: { date: Date; kind: CalendarDayKind; note: string }): CalendarDayOutput => ({
  date: fromDateColumn(row.date),
  kind: row.kind,
  note: row.note,
});

export async function listCalendarDays(
  ctx: ServiceContext<Actor>,
  input: { year: number },
): Promise<CalendarDayOutput[]> {
  const { year } = input;
  const rows = await ctx.prisma.calendarDay.findMany({
    where: {
      date: { gte: toDateColumn(`${year}-01-01`), lt: toDateColumn(`${year + 1}-01-01`) },
    },
    orderBy: { date: "asc" },
    select: DAY,
  });
  return rows.map(toDay);
}

/** Adds a day or changes one already there (a date has one entry). */
export async function setCalendarDay(
  ctx: ServiceContext<Actor>,
  input: SetCalendarDayInput,
): Promise<CalendarDayOutput> {
  const date = toDateColumn(input.date);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date }, select: DAY });
    const data = { kind: input.kind, note: input.note };
    const row = await tx.calendarDay.upsert({
      where: { date },
      create: { date, ...data },
      update: data,
      select: DAY,
    });
    await recordAudit(tx, ctx, {
      entityType: "calendar_day",
      entityId: input.date,
      action: before ? "update" : "create",
      before: before ? toDay(before) : null,
      after: toDay(row),
    });
    return toDay(row);
  });
}

/** Removing a day returns it to the official calendar; the audit keeps what it was. */
export async function removeCalendarDay(
  ctx: ServiceContext<Actor>,
  input: { date: string },
): Promise<CalendarDayOutput> {
  const day = input.date;
  const date = toDateColumn(day);
  return ctx.prisma.$transaction(async (tx) => {
    const before = found(
      await tx.calendarDay.findUnique({ where: { date }, select: DAY }),
      "calendar_day",
      day,
    );
    await tx.calendarDay.delete({ where: { date }, select: { date: true } });
    await recordAudit(tx, ctx, {
      entityType: "calendar_day",
      entityId: day,
      action: "delete",
      before: toDay(before),
    });
    return toDay(before);
  });
}

/**
 * Changes only the settings named; the result is checked as a whole, so a rule that spans
 * several settings holds whichever one changed.
 */
export async function updateSettings(
  ctx: ServiceContext<Actor>,
  changes: UpdateSettingsInput,
): Promise<CampaignSettings> {
  const named = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadSettings(tx);
    const parsed = campaignSettingsSchema.safeParse({ ...before, ...named });
    if (!parsed.success) {
      const fields: Record<string, MessageKey> = {};
      for (const issue of parsed.error.issues) {
        fields[issue.path.join(".") || "_"] =
          issue.code === "too_small" || issue.code === "too_big"
            ? "field.out_of_range"
            : "field.invalid";
      }
      throw new DomainError("bad_request", "error.invalid_input", {}, fields);
    }
    await writeSettings(tx, parsed.data);
    await recordAudit(tx, ctx, {
      entityType: "setting",
      entityId: "campaign",
      action: "update",
      before,
      after: parsed.data,
    });
    return parsed.data;
  });
}
