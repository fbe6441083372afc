import type { FindingStatus } from "../finding-status.ts";
import type { CalendarDate } from "../shanghai-time.ts";
import { type WorkingCalendar, workingDaysBetween } from "../working-calendar.ts";
import type { NotificationEvent } from "./vocabulary.ts";

/**
 * The escalation ladder of the supervision loop (立项交办 → 临近提醒 → 到期催办 → 负责人 →
 * 领导): which reminders a task is due on a given day. Plain function of the task, the day and
 * the working calendar, so the job, its tests and a screen read one rule.
 */
export type ReminderEvent = Extract<
  NotificationEvent,
  "due_soon" | "overdue" | "overdue_head" | "overdue_leaders" | "unclaimed"
>;

/**
 * The states in which the unit owes work: not "new" (nobody dispatched it) nor "submitted"
 * (waiting for the inspector's verification), nor closed.
 */
export const REMINDED_STATUSES = [
  "assigned",
  "in_progress",
  "returned",
  "partly_fixed",
] as const satisfies readonly FindingStatus[];

export interface LadderSettings {
  dueSoonWorkingDays: number;
  overdueRepeatWorkingDays: number;
  escalateAfterWorkingDays: number;
  unclaimedAfterHours: number;
}

export interface LadderTask {
  status: FindingStatus;
  /** Last working day allowed (Beijing calendar date). */
  deadline: CalendarDate | null;
  assignedAt: Date | null;
}

export interface LadderStep {
  events: ReminderEvent[];
  /** Working days past the deadline today (0 while not overdue). */
  overdueWorkingDays: number;
}

/**
 * Reminders go out on working days only. 临近提醒 on the working day N working days before the
 * deadline; 到期催办 on the first overdue working day and every M working days after; on those
 * days the head too once more than K working days are overdue, and the leaders once more than
 * 2K. 未认领 each working day while an assigned task waits unclaimed past the set hours.
 * A closed task, or one waiting for verification, is due nothing.
 */
export function remindersDue(
  task: LadderTask,
  today: CalendarDate,
  now: Date,
  calendar: WorkingCalendar,
  s: LadderSettings,
): LadderStep {
  const none = { events: [], overdueWorkingDays: 0 };
  if (!(REMINDED_STATUSES as readonly FindingStatus[]).includes(task.status)) return none;
  if (!calendar.isWorkingDay(today)) return none;
  const events: ReminderEvent[] = [];
  if (
    task.status === "assigned" &&
    task.assignedAt &&
    now.getTime() - task.assignedAt.getTime() >= s.unclaimedAfterHours * 3_600_000
  ) {
    events.push("unclaimed");
  }
  if (!task.deadline) return { events, overdueWorkingDays: 0 };
  if (today <= task.deadline) {
    if (workingDaysBetween(calendar, today, task.deadline) === s.dueSoonWorkingDays) {
      events.push("due_soon");
    }
    return { events, overdueWorkingDays: 0 };
  }
  const late = workingDaysBetween(calendar, task.deadline, today);
  if (late >= 1 && (late - 1) % s.overdueRepeatWorkingDays === 0) {
    events.push("overdue");
    if (late > s.escalateAfterWorkingDays) events.push("overdue_head");
    if (late > 2 * s.escalateAfterWorkingDays) events.push("overdue_leaders");
  }
  return { events, overdueWorkingDays: late };
}
