import { type Actor, DomainError, notFound, type TaskForTransition } from "@cw/domain";
import { fromDateColumn } from "../date-columns.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./audit.ts";

/** The task columns every change reads: its state, who has it, its dates and its version. */
export const TASK_COLUMNS = {
  id: true,
  findingId: true,
  status: true,
  unitId: true,
  ownerId: true,
  deadline: true,
  dueAt: true,
  assignedAt: true,
  claimedAt: true,
  submittedAt: true,
  submittedById: true,
  closedAt: true,
  resolution: true,
  version: true,
  extensionRequestedAt: true,
  finding: { select: { id: true, category: true } },
} satisfies Prisma.RectificationTaskSelect;
export type TaskRow = Prisma.RectificationTaskGetPayload<{ select: typeof TASK_COLUMNS }>;

/** What the workflow table looks at in a task (planTransition, availableActions). */
export function transitionView(task: TaskRow): TaskForTransition {
  return {
    findingId: task.findingId,
    status: task.status,
    unitId: task.unitId,
    submittedById: task.submittedById,
    extensionPending: task.extensionRequestedAt !== null,
    deadline: fromDateColumn(task.deadline),
  };
}

/**
 * Loads a finding's task for an actor: unknown → not found; a unit officer asking about
 * another unit's task → forbidden (officers see and act only on their own unit's work).
 * Work the server does on its own (no actor) sees every task.
 */
export async function loadTaskFor(
  tx: Tx,
  actor: Pick<Actor, "role" | "unitId"> | null,
  findingId: string,
): Promise<TaskRow> {
  const task = await tx.rectificationTask.findUnique({
    where: { findingId },
    select: TASK_COLUMNS,
  });
  if (!task) throw notFound("finding", findingId);
  if (actor?.role === "unit_officer" && task.unitId !== actor.unitId) {
    throw new DomainError("forbidden", "error.forbidden_unit");
  }
  return task;
}
