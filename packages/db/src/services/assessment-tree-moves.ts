import {
  type Actor,
  assertParentLevel,
  DomainError,
  type MoveTreeEntryInput,
  type RenumberTreeEntryInput,
  type RetireTreeEntryInput,
  type TreeEntryOutput,
} from "@cw/domain";
import {
  assertCodeFree,
  assertUsableParent,
  loadNode,
  loadStandard,
  nextSortOrder,
  subtreeOf,
} from "./assessment-tree-helpers.ts";
import { toNode, toStandard } from "./assessment-tree-read.ts";
import { recordAudit, type Tx } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";

// Moving, renumbering and retiring. Nothing here deletes: findings, field checks and materials
// keep their references, and a retired entry can be brought back.

const ENTITY_TYPE = { node: "assessment_node", standard: "assessment_standard" } as const;

/** The entry as it is now, in the shape the procedures return. */
async function readEntry(
  tx: Tx,
  entity: "node" | "standard",
  id: string,
): Promise<TreeEntryOutput> {
  return entity === "node"
    ? { entity, node: toNode(await loadNode(tx, id)) }
    : { entity, standard: toStandard(await loadStandard(tx, id)) };
}

async function audited(
  ctx: ServiceContext<Actor>,
  input: { entity: "node" | "standard"; id: string; reason?: string | undefined },
  action: string,
  change: (tx: Tx) => Promise<{ before: object; after: object }>,
): Promise<TreeEntryOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const { before, after } = await change(tx);
    await recordAudit(tx, ctx, {
      entityType: ENTITY_TYPE[input.entity],
      entityId: input.id,
      action,
      before,
      after,
      reason: input.reason ?? null,
    });
    return readEntry(tx, input.entity, input.id);
  });
}

/** Under another parent of the right level, in the same system; items stay at the top. */
export function moveTreeEntry(ctx: ServiceContext<Actor>, input: MoveTreeEntryInput) {
  return audited(ctx, input, "move", async (tx) => {
    const parent = await loadNode(tx, input.parentId);
    const current =
      input.entity === "node" ? await loadNode(tx, input.id) : await loadStandard(tx, input.id);
    const parentId = "contentId" in current ? current.contentId : current.parentId;
    assertParentLevel("level" in current ? current.level : "standard", parent);
    assertUsableParent(parent, current.systemId);
    const sortOrder =
      input.sortOrder ?? (await nextSortOrder(tx, input.entity, parent.id, current.systemId));
    if (input.entity === "node") {
      await tx.assessmentNode.update({
        where: { id: input.id },
        data: { parentId: parent.id, sortOrder },
        select: { id: true },
      });
    } else {
      await tx.assessmentStandard.update({
        where: { id: input.id },
        data: { contentId: parent.id, sortOrder },
        select: { id: true },
      });
    }
    return {
      before: { parentId, sortOrder: current.sortOrder },
      after: { parentId: parent.id, sortOrder },
    };
  });
}

/** A new code, unique among the system's nodes and standards. */
export function renumberTreeEntry(ctx: ServiceContext<Actor>, input: RenumberTreeEntryInput) {
  return audited(ctx, input, "renumber", async (tx) => {
    const current =
      input.entity === "node" ? await loadNode(tx, input.id) : await loadStandard(tx, input.id);
    if (current.code !== input.code) await assertCodeFree(tx, current.systemId, input.code);
    const data = { code: input.code };
    const where = { id: input.id };
    if (input.entity === "node")
      await tx.assessmentNode.update({ where, data, select: { id: true } });
    else await tx.assessmentStandard.update({ where, data, select: { id: true } });
    return { before: { code: current.code }, after: { code: input.code } };
  });
}

/**
 * Retiring a node retires everything under it at the same instant, so unretiring it can bring
 * back exactly what went with it (and not what was retired on its own before).
 */
export function retireTreeEntry(ctx: ServiceContext<Actor>, input: RetireTreeEntryInput) {
  return audited(ctx, input, "retire", async (tx) => {
    const subtree = await subtreeOf(tx, input.entity, input.id);
    if (subtree.retiredAt) throw new DomainError("bad_request", "assessment.already_retired");
    const nodes = await tx.assessmentNode.updateMany({
      where: { id: { in: subtree.nodeIds }, retiredAt: null },
      data: { retiredAt: ctx.now },
    });
    const standards = await tx.assessmentStandard.updateMany({
      where: { id: { in: subtree.standardIds }, retiredAt: null },
      data: { retiredAt: ctx.now },
    });
    return {
      before: { retiredAt: null },
      after: { retiredAt: ctx.now, nodesRetired: nodes.count, standardsRetired: standards.count },
    };
  });
}

export function unretireTreeEntry(ctx: ServiceContext<Actor>, input: RetireTreeEntryInput) {
  return audited(ctx, input, "unretire", async (tx) => {
    const subtree = await subtreeOf(tx, input.entity, input.id);
    const retiredAt = subtree.retiredAt;
    if (!retiredAt) throw new DomainError("bad_request", "assessment.not_retired");
    if (subtree.parentId)
      assertUsableParent(await loadNode(tx, subtree.parentId), subtree.systemId);
    const nodes = await tx.assessmentNode.updateMany({
      where: { id: { in: subtree.nodeIds }, retiredAt },
      data: { retiredAt: null },
    });
    const standards = await tx.assessmentStandard.updateMany({
      where: { id: { in: subtree.standardIds }, retiredAt },
      data: { retiredAt: null },
    });
    return {
      before: { retiredAt },
      after: { retiredAt: null, nodesRestored: nodes.count, standardsRestored: standards.count },
    };
  });
}
