import {
  addWorkingDays,
  REMINDED_STATUSES,
  type ReminderEvent,
  remindersDue,
  reminderText,
  shanghaiDate,
} from "@cw/domain";
import { deliveryConfigFromEnv } from "../../channels/delivery-config.ts";
import { fromDateColumn } from "../../date-columns.ts";
import {
  loadReminderCandidates,
  type ReminderCandidate,
} from "../../queries/reminder-candidates.ts";
import type { SystemServiceContext } from "../service-context.ts";
import { loadCalendar, loadSettings } from "../settings.ts";
import { createNotifications, type NotificationRequest } from "./create-notifications.ts";
import { loadNotificationSettings } from "./notification-settings.ts";
import { loadTaskRecipients, type TaskAudience } from "./task-recipients.ts";

const AUDIENCES: Record<Exclude<ReminderEvent, "overdue_leaders">, readonly TaskAudience[]> = {
  due_soon: ["owner", "liaison"],
  overdue: ["owner", "liaison"],
  overdue_head: ["head"],
  unclaimed: ["owner", "liaison"],
};
const CHUNK = 100;

export interface RemindersSummary {
  day: string;
  workingDay: boolean;
  candidates: number;
  created: number;
}

/**
 * The reminders job: the candidate tasks from SQL, the ladder's decision per task, and one
 * notification per (event, task, person, day) — the dedupeKey makes a second run the same day,
 * or a run resumed after a crash, create nothing new.
 */
export async function runReminders(ctx: SystemServiceContext): Promise<RemindersSummary> {
  const { prisma, now } = ctx;
  const [settings, notify, calendar] = await Promise.all([
    loadSettings(prisma),
    loadNotificationSettings(prisma),
    loadCalendar(prisma),
  ]);
  const day = shanghaiDate(now);
  if (!calendar.isWorkingDay(day)) return { day, workingDay: false, candidates: 0, created: 0 };
  const ladder = {
    dueSoonWorkingDays: notify.dueSoonWorkingDays,
    overdueRepeatWorkingDays: notify.overdueRepeatWorkingDays,
    escalateAfterWorkingDays: notify.escalateAfterWorkingDays,
    unclaimedAfterHours: settings.unclaimedAfterHours,
  };
  const candidates = await loadReminderCandidates(prisma, {
    statuses: REMINDED_STATUSES,
    unclaimedBefore: new Date(now.getTime() - settings.unclaimedAfterHours * 3_600_000),
    lastDeadline: addWorkingDays(calendar, day, notify.dueSoonWorkingDays),
  });
  const leaders = await prisma.user.findMany({
    where: {
      role: "leader",
      active: true,
      ...(notify.escalationLeaderIds.length ? { id: { in: notify.escalationLeaderIds } } : {}),
    },
    orderBy: { username: "asc" },
    select: { id: true, locale: true },
  });
  const { publicUrl } = deliveryConfigFromEnv();
  let created = 0;
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const chunk = candidates.slice(i, i + CHUNK);
    const due = chunk
      .map((t) => ({
        t,
        step: remindersDue(
          {
            status: t.status as (typeof REMINDED_STATUSES)[number],
            deadline: fromDateColumn(t.deadline),
            assignedAt: t.assignedAt,
          },
          day,
          now,
          calendar,
          ladder,
        ),
      }))
      .filter((d) => d.step.events.length > 0);
    if (due.length === 0) continue;
    created += await prisma.$transaction(async (tx) => {
      const people = await loadTaskRecipients(
        tx,
        due.map((d) => d.t.id),
        ["owner", "liaison", "head"],
      );
      const requests: NotificationRequest[] = [];
      for (const { t, step } of due) {
        const link = `/tasks/${t.findingId}`;
        const facts = factsOf(t, step.overdueWorkingDays);
        for (const event of step.events) {
          const targets =
            event === "overdue_leaders"
              ? leaders.map((l) => ({
                  recipient: { userId: l.id },
                  locale: l.locale === "en" ? ("en" as const) : ("zh-CN" as const),
                }))
              : people.filter((p) => p.taskId === t.id && AUDIENCES[event].includes(p.audience));
          for (const p of targets) {
            const who =
              "userId" in p.recipient ? `u:${p.recipient.userId}` : `c:${p.recipient.contactId}`;
            const text = reminderText(event, p.locale, facts, `${publicUrl}${link}`);
            requests.push({
              event,
              taskId: t.id,
              recipient: p.recipient,
              ...text,
              link,
              dedupeKey: `${event}:${t.id}:${who}:${day}`,
            });
          }
        }
      }
      return (await createNotifications(tx, now, requests)).length;
    });
  }
  return { day, workingDay: true, candidates: candidates.length, created };
}

function factsOf(t: ReminderCandidate, overdueWorkingDays: number) {
  return {
    code: t.code,
    description: t.description,
    siteName: t.siteName,
    unitName: t.unitName,
    deadline: fromDateColumn(t.deadline),
    assignedAt: t.assignedAt ? shanghaiDate(t.assignedAt) : null,
    overdueWorkingDays,
  };
}
