import { fromDateColumn } from "../date-columns.ts";
import type { TaskRow } from "./task-access.ts";

/** The task fields the audit trail and the after-change hooks record before and after a change. */
export function taskSnapshot(
  task: Pick<
    TaskRow,
    "status" | "unitId" | "ownerId" | "deadline" | "dueAt" | "closedAt" | "resolution" | "version"
  >,
) {
  return {
    status: task.status,
    unitId: task.unitId,
    ownerId: task.ownerId,
    deadline: fromDateColumn(task.deadline),
    dueAt: task.dueAt,
    closedAt: task.closedAt,
    resolution: task.resolution,
    version: task.version,
  };
}
export type TaskSnapshot = ReturnType<typeof taskSnapshot>;
