import {
  type Actor,
  assertDeadlineNotPast,
  DomainError,
  dueAtFor,
  type FindingStatus,
  isOpenStatus,
  taskStateAllows,
} from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { recordAudit } from "./audit.ts";
import { assertPhotosExist } from "./photo-refs.ts";
import { assertVersion, loadTaskFor } from "./task-access.ts";
import { dateColumn, taskSnapshot } from "./task-snapshot.ts";
import type { TaskVersion } from "./task-workflow.ts";

function assertOpenAndDispatched(task: { status: string; unitId: string | null }): void {
  if (!isOpenStatus(task.status as FindingStatus))
    throw new DomainError("conflict", "workflow.task_closed");
  if (!task.unitId) throw new DomainError("conflict", "workflow.not_dispatched");
}

/** A coordinator moves a deadline; the reason is kept in the audit trail. */
export async function setTaskDeadline(
  prisma: PrismaClient,
  actor: Actor,
  input: { findingId: string; expectedVersion: number; deadline: string; reason: string },
  now: Date,
): Promise<TaskVersion> {
  return prisma.$transaction(async (tx) => {
    const task = await loadTaskFor(tx, actor, input.findingId);
    assertOpenAndDispatched(task);
    assertVersion(task, input.expectedVersion);
    assertDeadlineNotPast(input.deadline, now);
    const updated = await tx.rectificationTask.updateMany({
      where: { id: task.id, version: input.expectedVersion },
      data: {
        deadline: dateColumn(input.deadline),
        dueAt: dueAtFor(input.deadline),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new DomainError("conflict", "error.stale_version");
    const after = await tx.rectificationTask.findUniqueOrThrow({ where: { id: task.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "task",
      entityId: task.findingId,
      action: "set_deadline",
      before: taskSnapshot(task),
      after: taskSnapshot(after),
      reason: input.reason,
      at: now,
    });
    return {
      findingId: task.findingId,
      status: after.status as FindingStatus,
      version: after.version,
    };
  });
}

/** 督办: a supervision notice, public notice or talk; appended, the task itself is unchanged. */
export async function escalateTask(
  prisma: PrismaClient,
  actor: Actor,
  input: { findingId: string; expectedVersion: number; level: string; noticeText: string },
  now: Date,
): Promise<{ escalationId: string }> {
  return prisma.$transaction(async (tx) => {
    const task = await loadTaskFor(tx, actor, input.findingId);
    assertOpenAndDispatched(task);
    assertVersion(task, input.expectedVersion);
    const escalation = await tx.escalation.create({
      data: {
        taskId: task.id,
        level: input.level,
        noticeText: input.noticeText,
        issuedById: actor.id,
        issuedAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "task",
      entityId: task.findingId,
      action: "escalate",
      after: { escalationId: escalation.id, level: input.level, noticeText: input.noticeText },
      at: now,
    });
    return { escalationId: escalation.id };
  });
}

/** A unit officer reports progress with notes and photos; appended, no status change. */
export async function postTaskProgress(
  prisma: PrismaClient,
  actor: Actor,
  input: { findingId: string; note: string; photoIds: readonly string[] },
  now: Date,
): Promise<{ progressId: string }> {
  return prisma.$transaction(async (tx) => {
    const task = await loadTaskFor(tx, actor, input.findingId);
    if (
      !taskStateAllows("post_progress", {
        status: task.status as FindingStatus,
        unitId: task.unitId,
      })
    ) {
      throw new DomainError("conflict", "workflow.illegal_transition", {
        action: "post_progress",
        from: task.status,
      });
    }
    const photoIds = await assertPhotosExist(tx, input.photoIds);
    const progress = await tx.progressUpdate.create({
      data: {
        taskId: task.id,
        authorId: actor.id,
        note: input.note,
        createdAt: now,
        photos: { create: photoIds.map((photoId) => ({ photoId })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "task",
      entityId: task.findingId,
      action: "post_progress",
      after: { progressId: progress.id, note: input.note, photoIds },
      at: now,
    });
    return { progressId: progress.id };
  });
}
