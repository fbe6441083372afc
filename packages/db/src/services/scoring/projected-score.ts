import {
  DomainError,
  type Method,
  type ProjectedScore,
  projectScore,
  type ScoringNode,
  type ScoringSettings,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { loadStandardEvidence } from "./standard-evidence.ts";

export interface SystemScore extends ProjectedScore {
  system: { id: string; kind: string; edition: number; name: string; isSample: boolean };
  target: number;
}

/** Today's projected score of one system, from the evidence in the database. */
export async function readProjectedScore(
  prisma: PrismaClient,
  systemId: string,
  settings: ScoringSettings,
): Promise<SystemScore> {
  const system = await prisma.assessmentSystem.findUnique({ where: { id: systemId } });
  if (!system)
    throw new DomainError("not_found", "error.not_found", {
      entity: "assessment system",
      id: systemId,
    });
  const [nodes, standards, evidence] = await Promise.all([
    prisma.assessmentNode.findMany({
      where: { systemId, retiredAt: null },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    prisma.assessmentStandard.findMany({
      where: { systemId, retiredAt: null },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    loadStandardEvidence(prisma, systemId),
  ]);
  const score = projectScore(
    nodes.map(
      (n): ScoringNode => ({
        id: n.id,
        parentId: n.parentId,
        level: n.level as ScoringNode["level"],
        code: n.code,
        title: n.title,
      }),
    ),
    standards.map((s) => ({
      id: s.id,
      contentId: s.contentId,
      code: s.code,
      text: s.text,
      points: Number(s.points),
      methods: s.methods as Method[],
      negativeList: s.negativeList,
    })),
    evidence,
    settings,
  );
  const kind = system.kind as keyof ScoringSettings["targets"];
  return {
    ...score,
    system: {
      id: system.id,
      kind: system.kind,
      edition: system.edition,
      name: system.name,
      isSample: system.isSample,
    },
    target: settings.targets[kind] ?? 0,
  };
}

/** The edition in use for each kind: the newest active one. */
export async function currentSystems(prisma: PrismaClient) {
  const systems = await prisma.assessmentSystem.findMany({
    where: { active: true },
    orderBy: [{ kind: "asc" }, { edition: "desc" }],
  });
  const byKind = new Map<string, (typeof systems)[number]>();
  for (const s of systems) if (!byKind.has(s.kind)) byKind.set(s.kind, s);
  return [...byKind.values()];
}
