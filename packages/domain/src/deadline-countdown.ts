import { z } from "zod";
import { type FindingStatus, isOpenStatus } from "./finding-status.ts";
import { isOverdue } from "./overdue.ts";
import { type CalendarDate, shanghaiDate, utcMidnight } from "./shanghai-time.ts";
import { type WorkingCalendar, workingDaysBetween } from "./working-calendar.ts";

/**
 * What a card or row says of an open task's deadline: 逾期 N 个工作日 / 今天到期 / 剩 N 个工作日.
 * Deadlines are set in working days, so they are counted in working days — the count the
 * reminder ladder uses too (到期催办 on the first overdue working day). When no working day lies
 * in between (a deadline on a Sunday seen on Saturday, the day after a Friday deadline on a
 * Saturday) calendar days are said instead, so a task is never "0 days" overdue or left.
 */
export const deadlineCountdownSchema = z.object({
  kind: z.enum(["overdue", "due_today", "left"]),
  count: z.number().int().nonnegative(),
  unit: z.enum(["working_days", "days"]),
});
export type DeadlineCountdown = z.infer<typeof deadlineCountdownSchema>;

const DAY_MS = 86_400_000;
const calendarDays = (from: CalendarDate, to: CalendarDate) =>
  Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / DAY_MS);

function counted(
  kind: "overdue" | "left",
  calendar: WorkingCalendar,
  from: CalendarDate,
  to: CalendarDate,
): DeadlineCountdown {
  const working = workingDaysBetween(calendar, from, to);
  return working > 0
    ? { kind, count: working, unit: "working_days" }
    : { kind, count: calendarDays(from, to), unit: "days" };
}

/** Null for a closed task or one without a deadline. */
export function deadlineCountdown(
  task: { status: FindingStatus; dueAt: Date | null; deadline: CalendarDate | null },
  now: Date,
  calendar: WorkingCalendar,
): DeadlineCountdown | null {
  if (!isOpenStatus(task.status) || !task.deadline || !task.dueAt) return null;
  const today = shanghaiDate(now);
  if (isOverdue(task, now)) return counted("overdue", calendar, task.deadline, today);
  if (task.deadline <= today) return { kind: "due_today", count: 0, unit: "days" };
  return counted("left", calendar, today, task.deadline);
}
