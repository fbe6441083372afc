import type { TaskEdit } from "../task-edits.ts";
import type { WorkflowAction } from "../workflow.ts";
import type { TaskActionEvent } from "./task-event-text.ts";

/**
 * Whom an immediate task notification reaches: the task's owner and its unit's liaisons; the
 * owner alone; or the inspectors — the finding's reporter and the inspectors of the inspection
 * it was found on, if any; or the coordinators, who decide what a unit pushes back on.
 */
export type TaskEventAudience = "owner_and_liaisons" | "owner" | "inspectors" | "coordinators";

/**
 * Which task changes notify at once, with what and whom (issue 10). A reopened task is handed to
 * its unit again, so it reads as a dispatch; a fix found only partly done is evidence rejected.
 * Claims, closes, cancellations and progress notes notify nobody.
 */
export const TASK_ACTION_NOTICES: Partial<
  Record<WorkflowAction | TaskEdit, { event: TaskActionEvent; audience: TaskEventAudience }>
> = {
  dispatch: { event: "dispatched", audience: "owner_and_liaisons" },
  reopen: { event: "dispatched", audience: "owner_and_liaisons" },
  transfer: { event: "transferred", audience: "owner_and_liaisons" },
  return: { event: "returned", audience: "owner_and_liaisons" },
  escalate: { event: "escalated", audience: "owner_and_liaisons" },
  set_deadline: { event: "deadline_changed", audience: "owner_and_liaisons" },
  submit: { event: "verification_requested", audience: "inspectors" },
  mark_partly_fixed: { event: "evidence_rejected", audience: "owner" },
  request_extension: { event: "extension_requested", audience: "coordinators" },
  approve_extension: { event: "extension_approved", audience: "owner_and_liaisons" },
  refuse_extension: { event: "extension_refused", audience: "owner_and_liaisons" },
  push_back: { event: "pushed_back", audience: "coordinators" },
};

/**
 * A notification's once-only key: the event, the task, the recipient and the change's mark
 * (the task version it produced; for a 督办 notice, which leaves the version, that version and
 * the level). A retried request yields the same key, so it never notifies twice.
 */
export function taskEventDedupeKey(parts: {
  event: TaskActionEvent;
  taskId: string;
  recipientKey: string;
  mark: string;
}): string {
  return `${parts.event}:${parts.taskId}:${parts.recipientKey}:${parts.mark}`;
}
