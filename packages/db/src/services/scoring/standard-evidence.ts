import type { StandardEvidence } from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { loadFieldScoreRates } from "../../queries/field-score-rates.ts";
import { materialsRateByStandard } from "../../queries/materials-rate.ts";
import { surveyRatesByStandard } from "../../queries/survey-rates.ts";

/**
 * The evidence behind each standard's rate, from each section's own aggregate query (so the
 * score uses exactly the numbers the field, materials and survey screens show).
 */
export async function loadStandardEvidence(
  prisma: PrismaClient,
  systemId: string,
): Promise<Map<string, StandardEvidence>> {
  const [field, materials, survey] = await Promise.all([
    loadFieldScoreRates(prisma, { groupBy: "standard", systemId }),
    materialsRateByStandard(prisma, systemId),
    surveyRatesByStandard(prisma, systemId),
  ]);
  const evidence = new Map<string, StandardEvidence>();
  const entry = (id: string) => {
    const e = evidence.get(id) ?? {};
    evidence.set(id, e);
    return e;
  };
  // Per standard the points are constant, so passed/applicable points is the share of sites.
  for (const row of field)
    if (row.key)
      entry(row.key).field = { passed: row.passedPoints, applicable: row.applicablePoints };
  for (const row of materials)
    entry(row.standardId).materials = { approved: row.approved, total: row.total };
  for (const row of survey)
    entry(row.standardId).survey = { positive: row.positive, answered: row.answered };
  return evidence;
}
