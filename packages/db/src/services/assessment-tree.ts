import {
  type Actor,
  type AddAssessmentNodeInput,
  type AddAssessmentStandardInput,
  type AssessmentNodeOutput,
  type AssessmentStandardOutput,
  assertParentLevel,
  type UpdateAssessmentNodeInput,
  type UpdateAssessmentStandardInput,
} from "@cw/domain";
import { methodsColumn } from "../methods-column.ts";
import { found, snapshot } from "./admin/admin-helpers.ts";
import {
  assertCodeFree,
  assertSiteTypes,
  assertUsableParent,
  loadNode,
  loadStandard,
  nextSortOrder,
  standardAudit,
} from "./assessment-tree-helpers.ts";
import { NODE_COLUMNS, STANDARD_COLUMNS, toNode, toStandard } from "./assessment-tree-read.ts";
import { recordAudit } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";

// Adding and changing entries of a tree, one transaction and one audit event each. Moving,
// renumbering and retiring are in assessment-tree-moves.ts.

export async function addAssessmentNode(
  ctx: ServiceContext<Actor>,
  input: AddAssessmentNodeInput,
): Promise<AssessmentNodeOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    found(
      await tx.assessmentSystem.findUnique({ where: { id: input.systemId }, select: { id: true } }),
      "assessment_system",
      input.systemId,
    );
    const parent = input.parentId ? await loadNode(tx, input.parentId) : null;
    assertParentLevel(input.level, parent);
    if (parent) assertUsableParent(parent, input.systemId);
    await assertCodeFree(tx, input.systemId, input.code);
    const row = await tx.assessmentNode.create({
      data: {
        ...input,
        sortOrder: await nextSortOrder(tx, "node", input.parentId, input.systemId),
      },
      select: NODE_COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "assessment_node",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
    });
    return toNode(row);
  });
}

export async function addAssessmentStandard(
  ctx: ServiceContext<Actor>,
  input: AddAssessmentStandardInput,
): Promise<AssessmentStandardOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const content = await loadNode(tx, input.contentId);
    assertParentLevel("standard", content);
    assertUsableParent(content, content.systemId);
    await assertCodeFree(tx, content.systemId, input.code);
    await assertSiteTypes(tx, input.siteTypeIds, input.methods);
    const { siteTypeIds, ...fields } = input;
    const row = await tx.assessmentStandard.create({
      data: {
        ...fields,
        systemId: content.systemId,
        sortOrder: await nextSortOrder(tx, "standard", content.id, content.systemId),
        siteTypes: { create: siteTypeIds.map((siteTypeId) => ({ siteTypeId })) },
      },
      select: STANDARD_COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "assessment_standard",
      entityId: row.id,
      action: "create",
      after: standardAudit(row),
    });
    return toStandard(row);
  });
}

export async function updateAssessmentNode(
  ctx: ServiceContext<Actor>,
  input: UpdateAssessmentNodeInput,
): Promise<AssessmentNodeOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadNode(tx, input.id);
    const after = await tx.assessmentNode.update({
      where: { id: input.id },
      data: { title: input.title },
      select: NODE_COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "assessment_node",
      entityId: input.id,
      action: "update",
      before: snapshot(before),
      after: snapshot(after),
    });
    return toNode(after);
  });
}

/** Changes only the fields named; site types are replaced as a whole when given. */
export async function updateAssessmentStandard(
  ctx: ServiceContext<Actor>,
  input: UpdateAssessmentStandardInput,
): Promise<AssessmentStandardOutput> {
  const { id, siteTypeIds, ...changes } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadStandard(tx, id);
    // The rule spans two fields, so it is checked on the result, whichever one changed.
    const methods = changes.methods ?? methodsColumn(before.methods);
    const typeIds = siteTypeIds ?? before.siteTypes.map((link) => link.siteType.id);
    await assertSiteTypes(tx, typeIds, methods);
    if (siteTypeIds) await tx.standardSiteType.deleteMany({ where: { standardId: id } });
    const data = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const after = await tx.assessmentStandard.update({
      where: { id },
      data: {
        ...data,
        ...(siteTypeIds
          ? { siteTypes: { create: siteTypeIds.map((siteTypeId) => ({ siteTypeId })) } }
          : {}),
      },
      select: STANDARD_COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "assessment_standard",
      entityId: id,
      action: "update",
      before: standardAudit(before),
      after: standardAudit(after),
    });
    return toStandard(after);
  });
}
