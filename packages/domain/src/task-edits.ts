import { z } from "zod";
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

/** Whether the task's state allows the edit (roles are checked by the API). */
export function taskStateAllows(edit: TaskEdit, task: EditableTask): boolean {
  if (edit === "post_progress")
    return (PROGRESS_STATUSES as readonly string[]).includes(task.status);
  return isOpenStatus(task.status) && task.unitId !== null;
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
