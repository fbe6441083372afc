import {
  type Actor,
  type MaterialStatus,
  type MaterialTransitionInput,
  planMaterialTransition,
} from "@cw/domain";
import type { ServiceContext } from "../service-context.ts";
import { assertVersion, versionedUpdate } from "../versioned-update.ts";
import {
  lastSubmitterId,
  loadRequirementFor,
  REQUIREMENT_COLUMNS,
  REQUIREMENT_ENTITY,
  requirementSnapshot,
} from "./material-access.ts";

/**
 * Moves a requirement through the review workflow in one transaction: the domain decides,
 * the update lands only on the version the caller read, and the review row and audit event
 * are committed with it.
 */
export async function transitionMaterial(
  ctx: ServiceContext<Actor>,
  input: MaterialTransitionInput,
): Promise<{ id: string; status: MaterialStatus; version: number }> {
  const { actor, now } = ctx;
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadRequirementFor(tx, actor, input.id);
    // One query at a time: a transaction is one connection, and pg refuses to interleave.
    const fileCount = await tx.materialFile.count({ where: { requirementId: input.id } });
    const submittedById = await lastSubmitterId(tx, input.id);
    const to = planMaterialTransition(
      { status: before.status, unitId: before.unitId, submittedById, fileCount },
      actor,
      { action: input.action, comment: input.comment },
    );
    assertVersion(before, input.expectedVersion, "material.stale_version");
    const comment = input.comment?.trim() ?? "";
    // The trail is read in time order, and two steps can share a millisecond (or a clock):
    // each review is stamped at least 1 ms after the previous one, so its order is its history.
    const previous = await tx.materialReview.findFirst({
      where: { requirementId: input.id },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const after1ms = previous ? previous.createdAt.getTime() + 1 : 0;
    const after = await versionedUpdate(tx, ctx, {
      table: tx.materialRequirement,
      id: input.id,
      expectedVersion: input.expectedVersion,
      data: { status: to },
      reread: () =>
        tx.materialRequirement.findUniqueOrThrow({
          where: { id: input.id },
          select: REQUIREMENT_COLUMNS,
        }),
      staleKey: "material.stale_version",
      audit: {
        entityType: REQUIREMENT_ENTITY,
        entityId: input.id,
        action: input.action,
        before: requirementSnapshot(before),
        after: requirementSnapshot,
        reason: comment || null,
      },
    });
    await tx.materialReview.create({
      data: {
        requirementId: input.id,
        action: input.action,
        comment,
        actorId: actor.id,
        createdAt: new Date(Math.max(now.getTime(), after1ms)),
      },
      select: { id: true },
    });
    return { id: after.id, status: after.status, version: after.version };
  });
}
