import {
  type Actor,
  type CreateRequirementInput,
  DomainError,
  type UpdateRequirementInput,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import {
  assertRequirementVersion,
  dateOnly,
  loadRequirementFor,
  MATERIALS_METHODS,
  REQUIREMENT_ENTITY,
  requirementSnapshot,
} from "./material-access.ts";

/** A coordinator or admin sets out what a materials-review standard needs, from whom, by when. */
export async function createRequirement(
  prisma: PrismaClient,
  actor: Pick<Actor, "id">,
  input: CreateRequirementInput,
  now: Date,
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await assertReferences(tx, { standardId: input.standardId, unitId: input.unitId });
    const created = await tx.materialRequirement.create({
      data: {
        standardId: input.standardId,
        title: input.title,
        description: input.description,
        unitId: input.unitId,
        dueDate: input.dueDate ? dateOnly(input.dueDate) : null,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: REQUIREMENT_ENTITY,
      entityId: created.id,
      action: "create",
      after: requirementSnapshot(created),
      at: now,
    });
    return created.id;
  });
}

/** Changes only the named fields, and only if nobody changed the requirement since it was read. */
export async function updateRequirement(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateRequirementInput,
  now: Date,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await loadRequirementFor(tx, actor, input.id);
    assertRequirementVersion(before, input.expectedVersion);
    if (input.unitId) await assertReferences(tx, { unitId: input.unitId });
    const updated = await tx.materialRequirement.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.unitId !== undefined ? { unitId: input.unitId } : {}),
        ...(input.dueDate !== undefined
          ? { dueDate: input.dueDate ? dateOnly(input.dueDate) : null }
          : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new DomainError("conflict", "material.stale_version");
    const after = await tx.materialRequirement.findUniqueOrThrow({ where: { id: input.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: REQUIREMENT_ENTITY,
      entityId: input.id,
      action: "update",
      before: requirementSnapshot(before),
      after: requirementSnapshot(after),
      at: now,
    });
  });
}

/**
 * Deletes a requirement set up by mistake. Once a file or review exists it is part of the
 * record, so it stays (edit it instead).
 */
export async function deleteRequirement(
  prisma: PrismaClient,
  actor: Actor,
  input: { id: string; expectedVersion: number },
  now: Date,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await loadRequirementFor(tx, actor, input.id);
    assertRequirementVersion(before, input.expectedVersion);
    const files = await tx.materialFile.count({ where: { requirementId: input.id } });
    const reviews = await tx.materialReview.count({ where: { requirementId: input.id } });
    if (files + reviews > 0) throw new DomainError("conflict", "material.in_use");
    const deleted = await tx.materialRequirement.deleteMany({
      where: { id: input.id, version: input.expectedVersion },
    });
    if (deleted.count !== 1) throw new DomainError("conflict", "material.stale_version");
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: REQUIREMENT_ENTITY,
      entityId: input.id,
      action: "delete",
      before: requirementSnapshot(before),
      at: now,
    });
  });
}

/** The standard must be a live materials-review one; the unit must exist and be active. */
async function assertReferences(
  tx: Tx,
  refs: { standardId?: string; unitId?: string | null },
): Promise<void> {
  const standard = refs.standardId
    ? await tx.assessmentStandard.findUnique({
        where: { id: refs.standardId },
        select: { methods: true, retiredAt: true },
      })
    : null;
  const unit = refs.unitId
    ? await tx.responsibleUnit.findUnique({ where: { id: refs.unitId }, select: { active: true } })
    : null;
  const fields: Record<string, "material.not_materials_standard" | "error.reference_missing"> = {};
  if (
    refs.standardId &&
    (!standard ||
      standard.retiredAt ||
      !standard.methods.some((m) => (MATERIALS_METHODS as string[]).includes(m)))
  ) {
    fields.standardId = "material.not_materials_standard";
  }
  if (refs.unitId && !unit?.active) fields.unitId = "error.reference_missing";
  const [field, key] = Object.entries(fields)[0] ?? [];
  if (field && key) throw new DomainError("bad_request", key, { field }, fields);
}
