import {
  type Actor,
  assertDeadlineNotPast,
  assertOwnerAllowed,
  DomainError,
  defaultDeadline,
  dueAtFor,
  ownerAfterClaim,
  type TransitionInput,
  type WorkingCalendar,
} from "@cw/domain";
import { toDateColumn } from "../date-columns.ts";
import type { Tx } from "./audit.ts";
import {
  decideExtensionRequest,
  lapseExtensionRequest,
  openExtensionRequest,
} from "./extension-requests.ts";
import { assertPhotosUsable } from "./photo-refs.ts";
import type { ServiceContext } from "./service-context.ts";
import type { TaskRow } from "./task-access.ts";
import type { TaskUpdate } from "./task-change.ts";

interface ChangeContext {
  tx: Tx;
  ctx: ServiceContext<Actor>;
  task: TaskRow;
  input: TransitionInput;
  calendar: WorkingCalendar;
}

/**
 * What each workflow action changes besides the status (already decided by planTransition),
 * and the records it appends (submission, verification, photos). Runs inside the
 * transition's transaction.
 */
export async function applyActionEffects(c: ChangeContext): Promise<TaskUpdate> {
  const { tx, task, input } = c;
  const { actor, now } = c.ctx;
  switch (input.action) {
    case "dispatch":
      await assertActiveUnit(tx, input.unitId);
      await recordInstructions(c, input.instructions, input.photoIds);
      return {
        ...PUSH_BACK_CLEARED,
        unitId: input.unitId,
        assignedAt: now,
        ownerId: await namedOwner(tx, input.ownerId, input.unitId),
        ...(await deadlineFields(c, input.deadline)),
      };
    case "claim":
      return { ownerId: ownerAfterClaim(task, actor), claimedAt: now };
    case "submit": {
      const photoIds = await assertPhotosUsable(tx, actor, input.photoIds);
      await tx.progressUpdate.create({
        data: {
          taskId: task.id,
          authorId: actor.id,
          note: input.note,
          kind: "submission",
          createdAt: now,
          photos: { create: photoIds.map((photoId) => ({ photoId })) },
        },
        select: { id: true },
      });
      return { submittedAt: now, submittedById: actor.id };
    }
    case "close":
    case "return":
    case "mark_partly_fixed": {
      const photoIds = await assertPhotosUsable(tx, actor, input.photoIds);
      const result =
        input.action === "close"
          ? "passed"
          : input.action === "return"
            ? "returned"
            : "partly_fixed";
      const comment = input.action === "close" ? (input.comment ?? "") : (input.reason ?? "");
      await tx.verification.create({
        data: {
          taskId: task.id,
          result,
          verifierId: actor.id,
          comment,
          createdAt: now,
          photos: { create: photoIds.map((photoId) => ({ photoId })) },
        },
        select: { id: true },
      });
      return input.action === "close"
        ? { ...(await lapseExtensionRequest(tx, task)), closedAt: now, resolution: "verified" }
        : {};
    }
    case "resume":
      return {};
    case "reopen":
      return {
        assignedAt: now,
        ownerId: null,
        claimedAt: null,
        submittedAt: null,
        submittedById: null,
        closedAt: null,
        resolution: null,
        ...(await deadlineFields(c, input.deadline)),
      };
    case "fix_on_spot": {
      const photoIds = await assertPhotosUsable(tx, actor, input.photoIds);
      await tx.findingPhoto.createMany({
        data: photoIds.map((photoId) => ({
          findingId: task.findingId,
          photoId,
          kind: "after" as const,
        })),
        skipDuplicates: true,
      });
      return { closedAt: now, resolution: "fixed_on_spot" };
    }
    case "cancel_duplicate": {
      const original = await tx.finding.findUnique({
        where: { id: input.duplicateOfId },
        select: { id: true },
      });
      if (!original) {
        throw new DomainError(
          "bad_request",
          "error.reference_missing",
          { field: "duplicateOfId" },
          {
            duplicateOfId: "error.reference_missing",
          },
        );
      }
      await tx.finding.update({
        where: { id: task.findingId },
        data: { duplicateOfId: original.id },
        select: { id: true },
      });
      return {
        ...(await lapseExtensionRequest(tx, task)),
        closedAt: now,
        resolution: "duplicate",
      };
    }
    case "transfer":
      await assertActiveUnit(tx, input.unitId);
      return {
        ...(await lapseExtensionRequest(tx, task)),
        unitId: input.unitId,
        ownerId: await namedOwner(tx, input.ownerId, input.unitId),
        claimedAt: null,
        assignedAt: now,
        ...(input.deadline ? await deadlineFields(c, input.deadline) : {}),
      };
    case "request_extension":
      return openExtensionRequest(tx, c.ctx, task, input);
    case "approve_extension":
      return decideExtensionRequest(tx, c.ctx, task, {
        approved: true,
        deadline: input.deadline,
        note: input.comment,
      });
    case "refuse_extension":
      return decideExtensionRequest(tx, c.ctx, task, { approved: false, note: input.reason });
    case "push_back":
      // Back to the coordinator with no unit, owner or deadline: the unit's figures no longer
      // count it, and the re-dispatch sets a new deadline for whoever takes it.
      return {
        ...(await lapseExtensionRequest(tx, task)),
        unitId: null,
        ownerId: null,
        claimedAt: null,
        assignedAt: null,
        deadline: null,
        dueAt: null,
        pushedBackFromUnitId: task.unitId,
        pushedBackAt: now,
        pushBackReason: input.reason ?? null,
      };
  }
}

/** The dispatcher's instructions (派发要求) and attachments, read back on the task page. */
async function recordInstructions(
  c: ChangeContext,
  note: string | undefined,
  photos: readonly string[] | undefined,
): Promise<void> {
  const photoIds = await assertPhotosUsable(c.tx, c.ctx.actor, photos);
  if (!note?.trim() && photoIds.length === 0) return;
  await c.tx.progressUpdate.create({
    data: {
      taskId: c.task.id,
      authorId: c.ctx.actor.id,
      note: note?.trim() ?? "",
      kind: "instruction",
      createdAt: c.ctx.now,
      photos: { create: photoIds.map((photoId) => ({ photoId })) },
    },
    select: { id: true },
  });
}

/** A dispatch ends a push-back: the task has a unit again. */
const PUSH_BACK_CLEARED = {
  pushedBackFromUnitId: null,
  pushedBackAt: null,
  pushBackReason: null,
} satisfies TaskUpdate;

async function deadlineFields(c: ChangeContext, chosen: string | undefined) {
  let deadline = chosen;
  if (deadline) {
    assertDeadlineNotPast(deadline, c.ctx.now);
  } else {
    const category = await c.tx.findingCategory.findUnique({
      where: { code: c.task.finding.category },
      select: { defaultDeadlineDays: true },
    });
    deadline = defaultDeadline(c.ctx.now, category?.defaultDeadlineDays ?? 5, c.calendar);
  }
  return { deadline: toDateColumn(deadline), dueAt: dueAtFor(deadline) };
}

/** The owner a dispatcher named, checked by the domain against the unit; null when none. */
async function namedOwner(
  tx: Tx,
  ownerId: string | undefined,
  unitId: string,
): Promise<string | null> {
  if (!ownerId) return null;
  const candidate = await tx.user.findUnique({
    where: { id: ownerId },
    select: { id: true, role: true, unitId: true, active: true },
  });
  assertOwnerAllowed(candidate, unitId);
  return ownerId;
}

async function assertActiveUnit(tx: Tx, unitId: string): Promise<void> {
  const unit = await tx.responsibleUnit.findUnique({
    where: { id: unitId },
    select: { active: true },
  });
  if (!unit?.active) {
    throw new DomainError(
      "bad_request",
      "error.reference_missing",
      { field: "unitId" },
      { unitId: "error.reference_missing" },
    );
  }
}
