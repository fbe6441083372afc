import {
  type Actor,
  assertDeadlineNotPast,
  assertEditAllowed,
  dueAtFor,
  type EscalationLevel,
} from "@cw/domain";
import { toDateColumn } from "../date-columns.ts";
import { assertPhotosUsable } from "./photo-refs.ts";
import type { ServiceContext } from "./service-context.ts";
import { loadTaskFor } from "./task-access.ts";
import { changeTask } from "./task-change.ts";
import type { TaskVersion } from "./task-workflow.ts";

/** A coordinator moves a deadline; the reason is kept in the audit trail. */
export async function setTaskDeadline(
  ctx: ServiceContext<Actor>,
  input: { findingId: string; expectedVersion: number; deadline: string; reason: string },
): Promise<TaskVersion> {
  const { task } = await changeTask(ctx, {
    action: "set_deadline",
    findingId: input.findingId,
    expectedVersion: input.expectedVersion,
    check: (task) => assertEditAllowed("set_deadline", task),
    apply: async () => {
      assertDeadlineNotPast(input.deadline, ctx.now);
      return {
        data: { deadline: toDateColumn(input.deadline), dueAt: dueAtFor(input.deadline) },
        extra: { reason: input.reason, deadline: input.deadline },
      };
    },
    reason: input.reason,
  });
  return { findingId: task.findingId, status: task.status, version: task.version };
}

/**
 * 督办: a supervision notice, public notice or talk, issued against the task version the
 * coordinator saw. It bumps the version (a versioned change like any other), so a second
 * notice needs a fresh read; the same request sent again (a double click, a retry after a lost
 * answer) returns the notice already stored instead of a conflict or a duplicate.
 */
export async function escalateTask(
  ctx: ServiceContext<Actor>,
  input: { findingId: string; expectedVersion: number; level: EscalationLevel; noticeText: string },
): Promise<{ escalationId: string }> {
  const replay = await ctx.prisma.escalation.findFirst({
    where: {
      task: { findingId: input.findingId },
      taskVersion: input.expectedVersion,
      level: input.level,
      noticeText: input.noticeText,
      issuedById: ctx.actor.id,
    },
    select: { id: true },
  });
  if (replay) {
    await loadTaskFor(ctx.prisma, ctx.actor, input.findingId); // the same access as a new one
    return { escalationId: replay.id };
  }
  const { extra } = await changeTask(ctx, {
    action: "escalate",
    findingId: input.findingId,
    expectedVersion: input.expectedVersion,
    check: (task) => assertEditAllowed("escalate", task),
    apply: async (tx, task) => {
      const escalation = await tx.escalation.create({
        data: {
          taskId: task.id,
          level: input.level,
          noticeText: input.noticeText,
          issuedById: ctx.actor.id,
          issuedAt: ctx.now,
          taskVersion: input.expectedVersion,
        },
        select: { id: true },
      });
      return {
        data: {},
        extra: { escalationId: escalation.id, level: input.level, noticeText: input.noticeText },
      };
    },
  });
  return { escalationId: extra.escalationId };
}

/** A unit officer reports progress with notes and photos; appended, no status change. */
export async function postTaskProgress(
  ctx: ServiceContext<Actor>,
  input: { findingId: string; note: string; photoIds: readonly string[] },
): Promise<{ progressId: string }> {
  const { extra } = await changeTask(ctx, {
    action: "post_progress",
    findingId: input.findingId,
    check: (task) => assertEditAllowed("post_progress", task),
    apply: async (tx, task) => {
      const photoIds = await assertPhotosUsable(tx, ctx.actor, input.photoIds);
      const progress = await tx.progressUpdate.create({
        data: {
          taskId: task.id,
          authorId: ctx.actor.id,
          note: input.note,
          createdAt: ctx.now,
          photos: { create: photoIds.map((photoId) => ({ photoId })) },
        },
        select: { id: true },
      });
      return { data: null, extra: { progressId: progress.id, note: input.note, photoIds } };
    },
  });
  return { progressId: extra.progressId };
}
