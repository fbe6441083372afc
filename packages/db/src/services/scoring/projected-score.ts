import {
  type Actor,
  notFound,
  type ProjectedScore,
  projectScore,
  type ScoringSettings,
  type SystemKind,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { methodsColumn } from "../../methods-column.ts";
import type { ServiceContext } from "../service-context.ts";
import { loadScoringSettings } from "./scoring-settings.ts";
import { loadStandardEvidence } from "./standard-evidence.ts";

export interface SystemScore extends ProjectedScore {
  system: { id: string; kind: SystemKind; edition: number; name: string; isSample: boolean };
  target: number;
}

const SYSTEM = { id: true, kind: true, edition: true, name: true, isSample: true } as const;

/** Today's projected score of one system, from the evidence in the database. */
export async function readProjectedScore(
  ctx: ServiceContext<Actor>,
  input: { systemId: string },
): Promise<SystemScore> {
  return loadProjectedScore(ctx.prisma, input.systemId, await loadScoringSettings(ctx.prisma));
}

export async function loadProjectedScore(
  prisma: PrismaClient,
  systemId: string,
  settings: ScoringSettings,
): Promise<SystemScore> {
  const system = await prisma.assessmentSystem.findUnique({
    where: { id: systemId },
    select: SYSTEM,
  });
  if (!system) throw notFound("assessment system", systemId);
  const live = { systemId, retiredAt: null };
  const order = [{ sortOrder: "asc" as const }, { code: "asc" as const }];
  const [nodes, standards, evidence] = await Promise.all([
    prisma.assessmentNode.findMany({
      where: live,
      orderBy: order,
      select: { id: true, parentId: true, level: true, code: true, title: true },
    }),
    prisma.assessmentStandard.findMany({
      where: live,
      orderBy: order,
      select: {
        id: true,
        contentId: true,
        code: true,
        text: true,
        points: true,
        methods: true,
        negativeList: true,
      },
    }),
    loadStandardEvidence(prisma, systemId),
  ]);
  const score = projectScore(
    nodes,
    standards.map((s) => ({ ...s, points: Number(s.points), methods: methodsColumn(s.methods) })),
    evidence,
    settings,
  );
  return { ...score, system, target: settings.targets[system.kind] ?? 0 };
}

/** The edition in use for each kind: the newest active one. */
export async function loadCurrentSystems(prisma: PrismaClient) {
  const systems = await prisma.assessmentSystem.findMany({
    where: { active: true },
    orderBy: [{ kind: "asc" }, { edition: "desc" }],
    select: SYSTEM,
  });
  const byKind = new Map<string, (typeof systems)[number]>();
  for (const s of systems) if (!byKind.has(s.kind)) byKind.set(s.kind, s);
  return [...byKind.values()];
}
