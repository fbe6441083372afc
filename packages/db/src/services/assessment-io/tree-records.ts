import { randomUUID } from "node:crypto";
import { NODE_LEVELS, type TreeDraft } from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";

export interface TreeRecords {
  nodes: (Prisma.AssessmentNodeCreateManyInput & { id: string })[];
  standards: (Prisma.AssessmentStandardCreateManyInput & { id: string })[];
  links: Prisma.StandardSiteTypeCreateManyInput[];
}

/**
 * A validated tree as rows for a new system, with ids made here so three createMany calls
 * write it whatever its size. Nodes come items first, then indicators, then contents, so
 * every parent is inserted before its children.
 */
export function newTreeRecords(
  systemId: string,
  tree: TreeDraft,
  siteTypeIdOf: ReadonlyMap<string, string>,
): TreeRecords {
  const idOf = new Map(tree.nodes.map((n) => [n.code, randomUUID()]));
  const nodes = NODE_LEVELS.flatMap((level) =>
    tree.nodes
      .filter((n) => n.level === level)
      .map((n) => ({
        id: idOf.get(n.code) as string,
        systemId,
        parentId: n.parentCode ? (idOf.get(n.parentCode) ?? null) : null,
        level: n.level,
        code: n.code,
        title: n.title,
        sortOrder: n.sortOrder,
      })),
  );
  const standards = tree.standards.map((s) => ({
    id: randomUUID(),
    systemId,
    contentId: idOf.get(s.contentCode) as string,
    code: s.code,
    text: s.text,
    points: s.points,
    methods: s.methods,
    negativeList: s.negativeList,
    sortOrder: s.sortOrder,
  }));
  const links = tree.standards.flatMap((s, i) =>
    s.siteTypeCodes.map((code) => ({
      standardId: standards[i]?.id as string,
      siteTypeId: siteTypeIdOf.get(code) as string,
    })),
  );
  return { nodes, standards, links };
}
