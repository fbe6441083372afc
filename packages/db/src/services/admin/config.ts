import {
  type Actor,
  type CalendarDayOutput,
  type CampaignSettings,
  campaignSettingsSchema,
  DomainError,
  type MessageKey,
  type SetCalendarDayInput,
  type UpdateSettingsInput,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit.ts";
import { readSettings, writeSettings } from "../settings.ts";
import { found } from "./admin-helpers.ts";

// The city's own calendar days and the campaign settings: configuration, audited like data.

/** A DATE column holds the calendar day as midnight UTC. */
const dateColumn = (date: string) => new Date(`${date}T00:00:00Z`);
const toDay = (row: { date: Date; kind: string; note: string }): CalendarDayOutput => ({
  date: row.date.toISOString().slice(0, 10),
  kind: row.kind === "workday" ? "workday" : "holiday",
  note: row.note,
});

export async function listCalendarDays(
  prisma: PrismaClient,
  year: number,
): Promise<CalendarDayOutput[]> {
  const rows = await prisma.calendarDay.findMany({
    where: { date: { gte: dateColumn(`${year}-01-01`), lt: dateColumn(`${year + 1}-01-01`) } },
    orderBy: { date: "asc" },
  });
  return rows.map(toDay);
}

/** Adds a day or changes one already there (a date has one entry). */
export async function setCalendarDay(
  prisma: PrismaClient,
  actor: Actor,
  input: SetCalendarDayInput,
  now: Date,
): Promise<CalendarDayOutput> {
  const date = dateColumn(input.date);
  return prisma.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date } });
    const data = { kind: input.kind, note: input.note };
    const row = await tx.calendarDay.upsert({
      where: { date },
      create: { date, ...data },
      update: data,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "calendar_day",
      entityId: input.date,
      action: before ? "update" : "create",
      before: before ? toDay(before) : null,
      after: toDay(row),
      at: now,
    });
    return toDay(row);
  });
}

/** Removing a day returns it to the official calendar; the audit keeps what it was. */
export async function removeCalendarDay(
  prisma: PrismaClient,
  actor: Actor,
  day: string,
  now: Date,
): Promise<CalendarDayOutput> {
  const date = dateColumn(day);
  return prisma.$transaction(async (tx) => {
    const before = found(await tx.calendarDay.findUnique({ where: { date } }), "calendar_day", day);
    await tx.calendarDay.delete({ where: { date } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "calendar_day",
      entityId: day,
      action: "delete",
      before: toDay(before),
      at: now,
    });
    return toDay(before);
  });
}

/**
 * Changes only the settings named; the result is checked as a whole, so a rule that spans
 * several settings holds whichever one changed.
 */
export async function updateSettings(
  prisma: PrismaClient,
  actor: Actor,
  changes: UpdateSettingsInput,
  now: Date,
): Promise<CampaignSettings> {
  const named = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return prisma.$transaction(async (tx) => {
    const before = await readSettings(tx);
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
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "setting",
      entityId: "campaign",
      action: "update",
      before,
      after: parsed.data,
      at: now,
    });
    return parsed.data;
  });
}
