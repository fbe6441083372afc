import { DomainError, type Method } from "@cw/domain";
import { duplicate, found } from "./admin/admin-helpers.ts";
import { NODE_COLUMNS, STANDARD_COLUMNS, toStandard } from "./assessment-tree-read.ts";
import type { Tx } from "./audit.ts";

// Checks shared by the editing services. Each runs inside the caller's transaction so the
// check and the write see the same rows.

export async function loadNode(tx: Tx, id: string) {
  const node = await tx.assessmentNode.findUnique({ where: { id }, select: NODE_COLUMNS });
  return found(node, "assessment_node", id);
}

export async function loadStandard(tx: Tx, id: string) {
  return found(
    await tx.assessmentStandard.findUnique({ where: { id }, select: STANDARD_COLUMNS }),
    "assessment_standard",
    id,
  );
}

/** A parent must be in the same system and in use before anything is added or moved under it. */
export function assertUsableParent(
  parent: { systemId: string; retiredAt: Date | null },
  systemId: string,
): void {
  if (parent.systemId !== systemId) fieldError("assessment.parent.other_system");
  if (parent.retiredAt) fieldError("assessment.parent.retired");
}

function fieldError(key: "assessment.parent.other_system" | "assessment.parent.retired"): never {
  throw new DomainError("bad_request", key, {}, { parentId: key });
}

/**
 * A code names one thing in a system: no node and no standard, in use or retired, may share
 * it, so a code in a report or a file is never ambiguous.
 */
export async function assertCodeFree(tx: Tx, systemId: string, code: string): Promise<void> {
  const where = { systemId_code: { systemId, code } };
  // Sequential: a transaction's single connection runs one query at a time.
  const node = await tx.assessmentNode.findUnique({ where, select: { id: true } });
  const standard = await tx.assessmentStandard.findUnique({ where, select: { id: true } });
  if (node || standard) throw duplicate("code");
}

/** After the last sibling, so a new or moved entry shows at the end of its parent. */
export async function nextSortOrder(
  tx: Tx,
  entity: "node" | "standard",
  parentId: string | null,
  systemId: string,
): Promise<number> {
  const agg =
    entity === "node"
      ? await tx.assessmentNode.aggregate({
          where: { systemId, parentId },
          _max: { sortOrder: true },
        })
      : await tx.assessmentStandard.aggregate({
          where: { contentId: parentId ?? "" },
          _max: { sortOrder: true },
        });
  return (agg._max.sortOrder ?? -1) + 1;
}

/**
 * Site types must exist and belong only on field-inspection standards: they say on which
 * sites' checklists the standard appears.
 */
export async function assertSiteTypes(
  tx: Tx,
  siteTypeIds: readonly string[],
  methods: readonly Method[],
): Promise<void> {
  if (siteTypeIds.length === 0) return;
  if (!methods.includes("field_inspection")) {
    const key = "assessment.site_types.field_only";
    throw new DomainError("bad_request", key, {}, { siteTypeIds: key });
  }
  const known = await tx.siteType.count({ where: { id: { in: [...siteTypeIds] } } });
  if (known !== new Set(siteTypeIds).size) {
    throw new DomainError(
      "bad_request",
      "error.reference_missing",
      { field: "siteTypeIds" },
      { siteTypeIds: "error.reference_missing" },
    );
  }
}

/** A standard as the audit trail keeps it: values, with site types by code. */
export function standardAudit(row: Parameters<typeof toStandard>[0]) {
  const { siteTypes, retired: _retired, ...rest } = toStandard(row);
  return { ...rest, siteTypes: siteTypes.map((t) => t.code) };
}

/** The entry and everything under it, by id. */
export async function subtreeOf(tx: Tx, entity: "node" | "standard", id: string) {
  if (entity === "standard") {
    const standard = await loadStandard(tx, id);
    return {
      systemId: standard.systemId,
      parentId: standard.contentId,
      retiredAt: standard.retiredAt,
      nodeIds: [] as string[],
      standardIds: [id],
    };
  }
  const root = await loadNode(tx, id);
  const all = await tx.assessmentNode.findMany({
    where: { systemId: root.systemId },
    select: { id: true, parentId: true },
  });
  const nodeIds = [root.id];
  for (let i = 0; i < nodeIds.length; i++) {
    for (const n of all) if (n.parentId === nodeIds[i]) nodeIds.push(n.id);
  }
  const standards = await tx.assessmentStandard.findMany({
    where: { contentId: { in: nodeIds } },
    select: { id: true },
  });
  return {
    systemId: root.systemId,
    parentId: root.parentId,
    retiredAt: root.retiredAt,
    nodeIds,
    standardIds: standards.map((s) => s.id),
  };
}
