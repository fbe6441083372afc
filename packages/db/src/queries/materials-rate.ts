import type { PrismaClient } from "../generated/prisma/client.ts";

export interface MaterialsRate {
  standardId: string;
  approved: number;
  total: number;
}

/**
 * Per standard of a system: how many of its required materials are approved, out of how
 * many are required (for the projected score's materials section). Counted by the database
 * with one GROUP BY; standards without requirements are absent.
 */
export async function materialsRateByStandard(
  prisma: PrismaClient,
  systemId: string,
): Promise<MaterialsRate[]> {
  const groups = await prisma.materialRequirement.groupBy({
    by: ["standardId", "status"],
    where: { standard: { systemId } },
    _count: { _all: true },
    orderBy: [{ standardId: "asc" }, { status: "asc" }],
  });
  const rates = new Map<string, MaterialsRate>();
  for (const group of groups) {
    const rate = rates.get(group.standardId) ?? {
      standardId: group.standardId,
      approved: 0,
      total: 0,
    };
    rate.total += group._count._all;
    if (group.status === "approved") rate.approved += group._count._all;
    rates.set(group.standardId, rate);
  }
  return [...rates.values()];
}
