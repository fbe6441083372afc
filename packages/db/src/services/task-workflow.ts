import {
  type Actor,
  type CampaignSettings,
  DomainError,
  type FindingStatus,
  planTransition,
  type TransitionInput,
  type WorkingCalendar,
} from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { recordAudit } from "./audit.ts";
import { assertVersion, loadTaskFor } from "./task-access.ts";
import { applyActionEffects } from "./task-changes.ts";
import { taskSnapshot } from "./task-snapshot.ts";

export interface TaskVersion {
  findingId: string;
  status: FindingStatus;
  version: number;
}

/**
 * Moves a task through the workflow in one transaction: the domain decides whether the action
 * is allowed, the update only lands if nobody changed the task since the caller read it
 * (version), and the audit event is committed with the change.
 */
export async function transitionTask(
  prisma: PrismaClient,
  actor: Actor,
  input: TransitionInput,
  now: Date,
  settings: CampaignSettings,
  calendar: WorkingCalendar,
): Promise<TaskVersion> {
  return prisma.$transaction(async (tx) => {
    const task = await loadTaskFor(tx, actor, input.findingId);
    const to = planTransition(
      {
        findingId: task.findingId,
        status: task.status as FindingStatus,
        unitId: task.unitId,
        submittedById: task.submittedById,
      },
      actor,
      {
        action: input.action,
        reason: "reason" in input ? input.reason : undefined,
        note: "note" in input ? input.note : undefined,
        photoIds: "photoIds" in input ? input.photoIds : undefined,
        unitId: "unitId" in input ? input.unitId : undefined,
        duplicateOfId: "duplicateOfId" in input ? input.duplicateOfId : undefined,
      },
      settings,
    );
    assertVersion(task, input.expectedVersion);
    const effects = await applyActionEffects({ tx, task, actor, input, now, calendar });
    const updated = await tx.rectificationTask.updateMany({
      where: { id: task.id, version: input.expectedVersion },
      data: { ...effects, status: to, version: { increment: 1 } },
    });
    // Someone else committed between our read and this write: refuse rather than overwrite.
    if (updated.count !== 1) throw new DomainError("conflict", "error.stale_version");
    const after = await tx.rectificationTask.findUniqueOrThrow({ where: { id: task.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "task",
      entityId: task.findingId,
      action: input.action,
      before: taskSnapshot(task),
      after: taskSnapshot(after),
      reason: "reason" in input ? input.reason : undefined,
      at: now,
    });
    return {
      findingId: task.findingId,
      status: after.status as FindingStatus,
      version: after.version,
    };
  });
}
