import {
  type Actor,
  type AssessmentNodeOutput,
  type AssessmentStandardOutput,
  type AssessmentSystemOutput,
  type AssessmentTreeOutput,
  type GetAssessmentTreeInput,
  notFound,
} from "@cw/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { methodsColumn } from "../methods-column.ts";
import { containsText } from "../queries/contains-text.ts";
import type { Tx } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";

// Reading systems and trees. Retired rows are included and flagged by default: a finding that
// points at a retired standard must still be able to show what it broke.

export const NODE_COLUMNS = {
  id: true,
  systemId: true,
  parentId: true,
  level: true,
  code: true,
  title: true,
  sortOrder: true,
  retiredAt: true,
} satisfies Prisma.AssessmentNodeSelect;
type NodeRow = Prisma.AssessmentNodeGetPayload<{ select: typeof NODE_COLUMNS }>;

export const STANDARD_COLUMNS = {
  id: true,
  systemId: true,
  contentId: true,
  code: true,
  text: true,
  points: true,
  methods: true,
  negativeList: true,
  sortOrder: true,
  retiredAt: true,
  siteTypes: { select: { siteType: { select: { id: true, code: true, name: true } } } },
} satisfies Prisma.AssessmentStandardSelect;
type StandardRow = Prisma.AssessmentStandardGetPayload<{ select: typeof STANDARD_COLUMNS }>;

export function toNode(row: NodeRow): AssessmentNodeOutput {
  return { ...row, retired: !!row.retiredAt };
}

export function toStandard(row: StandardRow): AssessmentStandardOutput {
  const { id, systemId, contentId, code, text, negativeList, sortOrder, retiredAt } = row;
  return {
    id,
    systemId,
    contentId,
    code,
    text,
    points: Number(row.points),
    methods: methodsColumn(row.methods),
    siteTypes: row.siteTypes
      .map((link) => link.siteType)
      .sort((a, b) => a.code.localeCompare(b.code)),
    negativeList,
    sortOrder,
    retiredAt,
    retired: !!retiredAt,
  };
}

export function listAssessmentSystems(
  ctx: ServiceContext<Actor>,
): Promise<AssessmentSystemOutput[]> {
  return loadAssessmentSystems(ctx.prisma);
}

async function loadAssessmentSystems(prisma: PrismaClient | Tx): Promise<AssessmentSystemOutput[]> {
  const [systems, totals] = await Promise.all([
    prisma.assessmentSystem.findMany({
      orderBy: [{ kind: "asc" }, { edition: "desc" }],
      select: {
        id: true,
        kind: true,
        edition: true,
        name: true,
        isSample: true,
        active: true,
        updatedAt: true,
      },
    }),
    prisma.assessmentStandard.groupBy({
      by: ["systemId", "negativeList"],
      where: { retiredAt: null },
      _count: { _all: true },
      _sum: { points: true },
    }),
  ]);
  // Negative-list points are deductions, so they count as standards but not toward the total.
  const count = new Map<string, number>();
  const points = new Map<string, number>();
  for (const t of totals) {
    count.set(t.systemId, (count.get(t.systemId) ?? 0) + t._count._all);
    if (!t.negativeList) points.set(t.systemId, Number(t._sum.points ?? 0));
  }
  return systems.map((s) => ({
    ...s,
    standardCount: count.get(s.id) ?? 0,
    totalPoints: points.get(s.id) ?? 0,
  }));
}

/** Siblings by sortOrder, then code; parents before children, depth first. */
export function treeOrder<
  T extends { id: string; parentId: string | null; sortOrder: number; code: string },
>(nodes: T[]): T[] {
  const byParent = new Map<string | null, T[]>();
  for (const node of nodes)
    byParent.set(node.parentId, [...(byParent.get(node.parentId) ?? []), node]);
  const ids = new Set(nodes.map((n) => n.id));
  const out: T[] = [];
  const visit = (parentId: string | null) => {
    const children = (byParent.get(parentId) ?? []).sort(
      (a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code),
    );
    for (const child of children) {
      out.push(child);
      visit(child.id);
    }
  };
  visit(null);
  // Nodes whose parent was filtered out still appear, after the rest.
  for (const [parentId] of byParent) if (parentId !== null && !ids.has(parentId)) visit(parentId);
  return out;
}

export function getAssessmentTree(
  ctx: ServiceContext<Actor>,
  input: GetAssessmentTreeInput,
): Promise<AssessmentTreeOutput> {
  return loadAssessmentTree(ctx.prisma, input);
}

/** A system's tree, filtered (ancestors of matching standards kept), in tree order. */
export async function loadAssessmentTree(
  prisma: PrismaClient | Tx,
  input: GetAssessmentTreeInput,
): Promise<AssessmentTreeOutput> {
  const system = (await loadAssessmentSystems(prisma)).find((s) => s.id === input.systemId);
  if (!system) throw notFound("assessment_system", input.systemId);
  const retired = input.includeRetired ? {} : { retiredAt: null };
  const text = input.text
    ? { OR: [{ code: containsText(input.text) }, { text: containsText(input.text) }] }
    : {};
  const [nodes, standards] = await Promise.all([
    prisma.assessmentNode.findMany({
      where: { systemId: system.id, ...retired },
      select: NODE_COLUMNS,
    }),
    prisma.assessmentStandard.findMany({
      where: {
        systemId: system.id,
        ...retired,
        ...text,
        ...(input.method ? { methods: { has: input.method } } : {}),
        ...(input.siteTypeId ? { siteTypes: { some: { siteTypeId: input.siteTypeId } } } : {}),
        ...(input.negativeList === undefined ? {} : { negativeList: input.negativeList }),
      },
      select: STANDARD_COLUMNS,
    }),
  ]);
  const filtered =
    input.method || input.siteTypeId || input.text || input.negativeList !== undefined;
  const kept = filtered
    ? ancestorsOf(
        nodes,
        standards.map((s) => s.contentId),
      )
    : nodes;
  const ordered = treeOrder(kept);
  const position = new Map(ordered.map((n, i) => [n.id, i]));
  standards.sort(
    (a, b) =>
      (position.get(a.contentId) ?? 0) - (position.get(b.contentId) ?? 0) ||
      a.sortOrder - b.sortOrder ||
      a.code.localeCompare(b.code),
  );
  return { system, nodes: ordered.map(toNode), standards: standards.map(toStandard) };
}

function ancestorsOf(nodes: NodeRow[], contentIds: string[]): NodeRow[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const keep = new Set<string>();
  for (let id of contentIds) {
    for (let node = byId.get(id); node && !keep.has(node.id); node = byId.get(id)) {
      keep.add(node.id);
      id = node.parentId ?? "";
    }
  }
  return nodes.filter((n) => keep.has(n.id));
}
