import { daysOverdue } from "../overview-rules.ts";

/**
 * Overdue task-days (逾期天数) of one task, the overview's day count (`daysOverdue`: day 1
 * starts at dueAt): an open task past due counts up to now; a task closed at or after its
 * dueAt counts up to its close. On time, not yet due, without deadline or cancelled: 0.
 * Translated once for SQL in @cw/db's queries/evaluation-counts.ts.
 */
export function overdueTaskDays(
  task: { status: string; dueAt: Date | null; closedAt: Date | null },
  now: Date,
): number {
  if (task.dueAt === null || task.status === "cancelled") return 0;
  const end = task.status === "closed" ? task.closedAt : now;
  if (end === null || end.getTime() < task.dueAt.getTime()) return 0;
  return daysOverdue(task.dueAt, end);
}

/**
 * Returned and reopened evidence (被退回、被重开): verifications that did not pass the fix
 * (退回 or 部分整改), and closures reopened on a later review (回头看重开), the task history's
 * audit rows of that action. As data for SQL (queries/evaluation-counts.ts).
 */
export const RETURNED_EVIDENCE = {
  verificationResults: ["returned", "partly_fixed"],
  reopenAction: "reopen",
} as const;
