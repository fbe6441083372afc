// Assessment trees for tests, written straight to the tables: the import and edit services
// are tested on their own, and these tests must not depend on them.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@cw/db";
import type { Method, SystemKind } from "@cw/domain";

export interface StandardSpec {
  code: string;
  /** The wording; "<code> 测评标准" when omitted. */
  text?: string;
  points: number;
  methods: Method[];
  siteTypeIds?: string[];
  retired?: boolean;
}

export interface SystemSpec {
  kind: SystemKind;
  edition: number;
  active?: boolean;
  standards: StandardSpec[];
}

/**
 * One system with a single item → indicator → content path and the given standards under
 * it (in the given order). Returns the system id and each standard's id by code.
 */
export async function createAssessmentSystem(
  prisma: PrismaClient,
  spec: SystemSpec,
): Promise<{ systemId: string; standards: Record<string, string> }> {
  const systemId = randomUUID();
  await prisma.assessmentSystem.create({
    data: {
      id: systemId,
      kind: spec.kind,
      edition: spec.edition,
      name: `测试测评体系 ${spec.kind} ${spec.edition}（样例）`,
      isSample: true,
      active: spec.active ?? true,
    },
  });
  let parentId: string | null = null;
  for (const [level, code] of [
    ["item", "Ⅰ"],
    ["indicator", "Ⅰ-1"],
    ["content", "Ⅰ-1-1"],
  ] as const) {
    const node: { id: string } = await prisma.assessmentNode.create({
      data: { systemId, parentId, level, code, title: `${code} ${level}` },
    });
    parentId = node.id;
  }
  const standards: Record<string, string> = {};
  for (const [i, s] of spec.standards.entries()) {
    const created = await prisma.assessmentStandard.create({
      data: {
        systemId,
        contentId: parentId as string,
        code: s.code,
        text: s.text ?? `${s.code} 测评标准`,
        points: s.points,
        methods: s.methods,
        sortOrder: i,
        retiredAt: s.retired ? new Date("2026-01-01T00:00:00Z") : null,
        siteTypes: { create: (s.siteTypeIds ?? []).map((siteTypeId) => ({ siteTypeId })) },
      },
    });
    standards[s.code] = created.id;
  }
  return { systemId, standards };
}
