import { type Actor, DomainError } from "@cw/domain";
import type { Tx } from "./audit.ts";

/**
 * Loads a finding's task for an actor: unknown → not found; a unit officer asking about
 * another unit's task → forbidden (officers see and act only on their own unit's work).
 */
export async function loadTaskFor(tx: Tx, actor: Actor, findingId: string) {
  const task = await tx.rectificationTask.findUnique({
    where: { findingId },
    include: { finding: { select: { id: true, category: true } } },
  });
  if (!task)
    throw new DomainError("not_found", "error.not_found", { entity: "finding", id: findingId });
  if (actor.role === "unit_officer" && task.unitId !== actor.unitId) {
    throw new DomainError("forbidden", "error.forbidden_unit");
  }
  return task;
}

export function assertVersion(task: { version: number }, expectedVersion: number): void {
  if (task.version !== expectedVersion) throw new DomainError("conflict", "error.stale_version");
}
