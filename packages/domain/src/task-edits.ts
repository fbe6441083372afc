import { z } from "zod";
import { DomainError } from "./errors.ts";
import { type FindingStatus, isOpenStatus } from "./finding-status.ts";
import type { Actor, Role } from "./roles.ts";

/**
 * Changes to a task that are not workflow steps: a coordinator moves the deadline or issues an
 * escalation notice (open, dispatched tasks); a unit officer reports progress while the work
 * is in hand. One definition for the services that enforce them and the screens that offer them.
 */
export const TASK_EDITS = ["set_deadline", "escalate", "post_progress"] as const;
export const taskEditSchema = z.enum(TASK_EDITS);
export type TaskEdit = z.infer<typeof taskEditSchema>;

/** While a unit is working on it, before and after a rejected verification. */
export const PROGRESS_STATUSES = [
  "in_progress",
  "returned",
  "partly_fixed",
] as const satisfies readonly FindingStatus[];

export const TASK_EDIT_ROLES: Record<TaskEdit, readonly Role[]> = {
  set_deadline: ["coordinator"],
  escalate: ["coordinator"],
  post_progress: ["unit_officer"],
};

interface EditableTask {
  status: FindingStatus;
  unitId: string | null;
}

/**
 * Why the task's state does not allow the edit now, or null (roles are checked by the API,
 * the unit scope when the task is loaded). The one check behind the services that enforce
 * the edits and availableEdits.
 */
export function editRefusal(edit: TaskEdit, task: EditableTask): DomainError | null {
  if (edit === "post_progress") {
    if ((PROGRESS_STATUSES as readonly string[]).includes(task.status)) return null;
    return new DomainError("conflict", "workflow.illegal_transition", {
      action: edit,
      from: task.status,
    });
  }
  if (!isOpenStatus(task.status)) return new DomainError("conflict", "workflow.task_closed");
  if (task.unitId === null) return new DomainError("conflict", "workflow.not_dispatched");
  return null;
}

/** Throws editRefusal's error, if any. */
export function assertEditAllowed(edit: TaskEdit, task: EditableTask): void {
  const refused = editRefusal(edit, task);
  if (refused) throw refused;
}

/** Whether the task's state allows the edit (roles are checked by the API). */
export function taskStateAllows(edit: TaskEdit, task: EditableTask): boolean {
  return editRefusal(edit, task) === null;
}

/** The edits this actor may make to this task now (for buttons; the server re-checks). */
export function availableEdits(
  task: EditableTask,
  actor: Pick<Actor, "role" | "unitId">,
): TaskEdit[] {
  return TASK_EDITS.filter(
    (edit) =>
      TASK_EDIT_ROLES[edit].includes(actor.role) &&
      taskStateAllows(edit, task) &&
      (actor.role !== "unit_officer" || task.unitId === actor.unitId),
  );
}
