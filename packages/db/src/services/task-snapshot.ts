import type { RectificationTask } from "../generated/prisma/client.ts";

/** The task fields the audit trail records before and after a change. */
export function taskSnapshot(task: RectificationTask) {
  return {
    status: task.status,
    unitId: task.unitId,
    ownerId: task.ownerId,
    deadline: task.deadline ? task.deadline.toISOString().slice(0, 10) : null,
    dueAt: task.dueAt,
    closedAt: task.closedAt,
    resolution: task.resolution,
    version: task.version,
  };
}

/** A DATE column holds the calendar date at 00:00 UTC. */
export function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function dateColumnToString(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
