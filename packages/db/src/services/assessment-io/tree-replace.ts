import { randomUUID } from "node:crypto";
import {
  type ImportSummary,
  NODE_LEVELS,
  type TreeDraft,
  type TreeRowError,
  type TreeStandardDraft,
} from "@cw/domain";
import type { Tx } from "../audit.ts";

// Replacing the tree of a system that is in use. Findings, field checks, materials and survey
// questions point at standards by id, so rows are matched by code and updated in place; what
// the file no longer has is retired, never deleted, and comes back if a later file has it.

export type ReplaceResult =
  | { ok: true; summary: ImportSummary; retiredCodes: string[] }
  | { ok: false; errors: TreeRowError[] };

export async function replaceTree(
  tx: Tx,
  systemId: string,
  tree: TreeDraft,
  siteTypeIdOf: ReadonlyMap<string, string>,
  now: Date,
): Promise<ReplaceResult> {
  // Sequential: a transaction's single connection runs one query at a time.
  const oldNodes = await tx.assessmentNode.findMany({
    where: { systemId },
    select: {
      id: true,
      code: true,
      level: true,
      title: true,
      sortOrder: true,
      parentId: true,
      retiredAt: true,
    },
  });
  const oldStandards = await tx.assessmentStandard.findMany({
    where: { systemId },
    select: {
      id: true,
      code: true,
      contentId: true,
      text: true,
      points: true,
      methods: true,
      negativeList: true,
      sortOrder: true,
      retiredAt: true,
      siteTypes: { select: { siteTypeId: true } },
    },
  });
  const nodeOf = new Map(oldNodes.map((n) => [n.code, n]));
  const standardOf = new Map(oldStandards.map((s) => [s.code, s]));

  // A code that names a node here and a standard in the file (or the reverse) would leave two
  // things with one code; the file must use another code. Checked before anything is written.
  const errors: TreeRowError[] = [
    ...tree.nodes.filter((n) => standardOf.has(n.code)),
    ...tree.standards.filter((s) => nodeOf.has(s.code)),
  ].map((d) => ({
    row: d.row,
    column: "code" as const,
    messageKey: "assessment.code.other_kind" as const,
    params: { code: d.code },
  }));
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };

  const summary: ImportSummary = {
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesRetired: 0,
    standardsCreated: 0,
    standardsUpdated: 0,
    standardsRetired: 0,
  };
  const idOf = new Map<string, string>();
  for (const level of NODE_LEVELS) {
    const created = [];
    for (const n of tree.nodes.filter((d) => d.level === level)) {
      const data = {
        level: n.level,
        title: n.title,
        sortOrder: n.sortOrder,
        parentId: n.parentCode ? (idOf.get(n.parentCode) ?? null) : null,
        retiredAt: null,
      };
      const old = nodeOf.get(n.code);
      if (!old) {
        const id = randomUUID();
        created.push({ id, systemId, code: n.code, ...data });
        idOf.set(n.code, id);
        continue;
      }
      idOf.set(n.code, old.id);
      const changed = (Object.keys(data) as (keyof typeof data)[]).some((k) => old[k] !== data[k]);
      if (changed) {
        await tx.assessmentNode.update({ where: { id: old.id }, data, select: { id: true } });
        summary.nodesUpdated++;
      }
    }
    await tx.assessmentNode.createMany({ data: created });
    summary.nodesCreated += created.length;
  }

  for (const s of tree.standards) {
    const typeIds = s.siteTypeCodes.map((code) => siteTypeIdOf.get(code) as string);
    const data = standardData(s, idOf.get(s.contentCode) as string);
    const old = standardOf.get(s.code);
    if (!old) {
      await tx.assessmentStandard.create({
        data: {
          ...data,
          systemId,
          code: s.code,
          siteTypes: { create: typeIds.map((siteTypeId) => ({ siteTypeId })) },
        },
        select: { id: true },
      });
      summary.standardsCreated++;
      continue;
    }
    const oldTypes = old.siteTypes.map((l) => l.siteTypeId).sort();
    const typesChanged = oldTypes.join() !== [...typeIds].sort().join();
    const changed =
      typesChanged ||
      old.text !== data.text ||
      Number(old.points) !== data.points ||
      old.methods.join() !== data.methods.join() ||
      old.negativeList !== data.negativeList ||
      old.sortOrder !== data.sortOrder ||
      old.contentId !== data.contentId ||
      old.retiredAt !== null;
    if (!changed) continue;
    if (typesChanged) await tx.standardSiteType.deleteMany({ where: { standardId: old.id } });
    await tx.assessmentStandard.update({
      where: { id: old.id },
      data: {
        ...data,
        ...(typesChanged
          ? { siteTypes: { create: typeIds.map((siteTypeId) => ({ siteTypeId })) } }
          : {}),
      },
      select: { id: true },
    });
    summary.standardsUpdated++;
  }

  const keptNodes = new Set(tree.nodes.map((n) => n.code));
  const keptStandards = new Set(tree.standards.map((s) => s.code));
  const goneStandards = oldStandards.filter((s) => !keptStandards.has(s.code) && !s.retiredAt);
  const goneNodes = oldNodes.filter((n) => !keptNodes.has(n.code) && !n.retiredAt);
  await tx.assessmentStandard.updateMany({
    where: { id: { in: goneStandards.map((s) => s.id) } },
    data: { retiredAt: now },
  });
  await tx.assessmentNode.updateMany({
    where: { id: { in: goneNodes.map((n) => n.id) } },
    data: { retiredAt: now },
  });
  summary.standardsRetired = goneStandards.length;
  summary.nodesRetired = goneNodes.length;
  return {
    ok: true,
    summary,
    retiredCodes: [...goneNodes, ...goneStandards].map((r) => r.code),
  };
}

function standardData(s: TreeStandardDraft, contentId: string) {
  return {
    contentId,
    text: s.text,
    points: s.points,
    methods: s.methods,
    negativeList: s.negativeList,
    sortOrder: s.sortOrder,
    retiredAt: null,
  };
}
