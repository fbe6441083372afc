import {
  type Actor,
  type CreateRequirementInput,
  countsInSection,
  DomainError,
  type RequirementDetail,
  type UpdateRequirementInput,
} from "@cw/domain";
import { toDateColumn } from "../../date-columns.ts";
import { methodsColumn } from "../../methods-column.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { assertVersion, versionedUpdate } from "../versioned-update.ts";
import {
  loadRequirementFor,
  REQUIREMENT_COLUMNS,
  REQUIREMENT_ENTITY,
  requirementSnapshot,
} from "./material-access.ts";
import { getRequirement } from "./requirement-list.ts";

/** A coordinator or admin sets out what a materials-review standard needs, from whom, by when. */
export async function createRequirement(
  ctx: ServiceContext<Actor>,
  input: CreateRequirementInput,
): Promise<RequirementDetail> {
  const id = await ctx.prisma.$transaction(async (tx) => {
    await assertReferences(tx, { standardId: input.standardId, unitId: input.unitId });
    const created = await tx.materialRequirement.create({
      data: {
        standardId: input.standardId,
        title: input.title,
        description: input.description,
        unitId: input.unitId,
        dueDate: input.dueDate ? toDateColumn(input.dueDate) : null,
      },
      select: REQUIREMENT_COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: REQUIREMENT_ENTITY,
      entityId: created.id,
      action: "create",
      after: requirementSnapshot(created),
    });
    return created.id;
  });
  return getRequirement(ctx, { id });
}

/** Changes only the named fields, and only if nobody changed the requirement since it was read. */
export async function updateRequirement(
  ctx: ServiceContext<Actor>,
  input: UpdateRequirementInput,
): Promise<RequirementDetail> {
  await ctx.prisma.$transaction(async (tx) => {
    const before = await loadRequirementFor(tx, ctx.actor, input.id);
    assertVersion(before, input.expectedVersion, "material.stale_version");
    if (input.unitId) await assertReferences(tx, { unitId: input.unitId });
    await versionedUpdate(tx, ctx, {
      table: tx.materialRequirement,
      id: input.id,
      expectedVersion: input.expectedVersion,
      data: {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.unitId !== undefined ? { unitId: input.unitId } : {}),
        ...(input.dueDate !== undefined
          ? { dueDate: input.dueDate ? toDateColumn(input.dueDate) : null }
          : {}),
      },
      reread: () =>
        tx.materialRequirement.findUniqueOrThrow({
          where: { id: input.id },
          select: REQUIREMENT_COLUMNS,
        }),
      staleKey: "material.stale_version",
      audit: {
        entityType: REQUIREMENT_ENTITY,
        entityId: input.id,
        action: "update",
        before: requirementSnapshot(before),
        after: requirementSnapshot,
      },
    });
  });
  return getRequirement(ctx, { id: input.id });
}

/**
 * Deletes a requirement set up by mistake. Once a file or review exists it is part of the
 * record, so it stays (edit it instead).
 */
export async function deleteRequirement(
  ctx: ServiceContext<Actor>,
  input: { id: string; expectedVersion: number },
): Promise<{ id: string }> {
  await ctx.prisma.$transaction(async (tx) => {
    const before = await loadRequirementFor(tx, ctx.actor, input.id);
    assertVersion(before, input.expectedVersion, "material.stale_version");
    const files = await tx.materialFile.count({ where: { requirementId: input.id } });
    const reviews = await tx.materialReview.count({ where: { requirementId: input.id } });
    if (files + reviews > 0) throw new DomainError("conflict", "material.in_use");
    const deleted = await tx.materialRequirement.deleteMany({
      where: { id: input.id, version: input.expectedVersion },
    });
    if (deleted.count !== 1) throw new DomainError("conflict", "material.stale_version");
    await recordAudit(tx, ctx, {
      entityType: REQUIREMENT_ENTITY,
      entityId: input.id,
      action: "delete",
      before: requirementSnapshot(before),
    });
  });
  return { id: input.id };
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
      !countsInSection(methodsColumn(standard.methods), "materials"))
  ) {
    fields.standardId = "material.not_materials_standard";
  }
  if (refs.unitId && !unit?.active) fields.unitId = "error.reference_missing";
  const [field, key] = Object.entries(fields)[0] ?? [];
  if (field && key) throw new DomainError("bad_request", key, { field }, fields);
}
