import {
  type Actor,
  DomainError,
  type MaterialStatus,
  type MaterialTransitionInput,
  planMaterialTransition,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit.ts";
import {
  assertRequirementVersion,
  lastSubmitterId,
  loadRequirementFor,
  REQUIREMENT_ENTITY,
  requirementSnapshot,
} from "./material-access.ts";

/**
 * Moves a requirement through the review workflow in one transaction: the domain decides,
 * the update lands only on the version the caller read, and the review row and audit event
 * are committed with it.
 */
export async function transitionMaterial(
  prisma: PrismaClient,
  actor: Actor,
  input: MaterialTransitionInput,
  now: Date,
): Promise<{ id: string; status: MaterialStatus; version: number }> {
  return prisma.$transaction(async (tx) => {
    const before = await loadRequirementFor(tx, actor, input.id);
    // One query at a time: a transaction is one connection, and pg refuses to interleave.
    const fileCount = await tx.materialFile.count({ where: { requirementId: input.id } });
    const submittedById = await lastSubmitterId(tx, input.id);
    const to = planMaterialTransition(
      { status: before.status as MaterialStatus, unitId: before.unitId, submittedById, fileCount },
      actor,
      { action: input.action, comment: input.comment },
    );
    assertRequirementVersion(before, input.expectedVersion);
    const updated = await tx.materialRequirement.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: { status: to, version: { increment: 1 } },
    });
    // Someone else committed between our read and this write: refuse rather than overwrite.
    if (updated.count !== 1) throw new DomainError("conflict", "material.stale_version");
    const comment = input.comment?.trim() ?? "";
    // The trail is read in time order, and two steps can share a millisecond (or a clock):
    // each review is stamped at least 1 ms after the previous one, so its order is its history.
    const previous = await tx.materialReview.findFirst({
      where: { requirementId: input.id },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const after1ms = previous ? previous.createdAt.getTime() + 1 : 0;
    await tx.materialReview.create({
      data: {
        requirementId: input.id,
        action: input.action,
        comment,
        actorId: actor.id,
        createdAt: new Date(Math.max(now.getTime(), after1ms)),
      },
    });
    const after = await tx.materialRequirement.findUniqueOrThrow({ where: { id: input.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: REQUIREMENT_ENTITY,
      entityId: input.id,
      action: input.action,
      before: requirementSnapshot(before),
      after: requirementSnapshot(after),
      reason: comment || null,
      at: now,
    });
    return { id: after.id, status: after.status as MaterialStatus, version: after.version };
  });
}
