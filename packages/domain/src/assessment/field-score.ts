import type { FindingSource } from "../finding-vocabulary.ts";
import { type CheckResult, type Method, methodsOfSection } from "./vocabulary.ts";

/**
 * The field section (实地考察) in rules. A site's checklist is every active standard assessed
 * on site (field inspection, or the older editions' overall observation) that names the
 * site's type; its score rate weighs each check by the standard's points.
 */
export const FIELD_METHODS: readonly Method[] = methodsOfSection("field");

/** Not applicable checks leave both sides of the rate: the standard did not apply there. */
export const APPLICABLE_RESULTS = ["pass", "fail"] as const satisfies readonly CheckResult[];
export const PASSED_RESULT = "pass" satisfies CheckResult;

/**
 * Score rate = points of passed checks / points of applicable checks, on the latest check of
 * each site × standard. Null when nothing applicable was checked: "no data" is not 0%.
 */
export function scoreRate(passedPoints: number, applicablePoints: number): number | null {
  if (!(applicablePoints > 0)) return null;
  return passedPoints / applicablePoints;
}

/** How the rates are aggregated (the site's type, responsible unit and grid). */
export const SCORE_GROUPS = ["site", "site_type", "unit", "grid", "standard"] as const;
export type ScoreGroup = (typeof SCORE_GROUPS)[number];

/**
 * A failed check's finding says how it was found: a mock test or an unannounced visit is
 * reported as such (leaders weigh those most), everything else as routine inspection.
 */
export function findingSourceForInspection(kind: string): FindingSource {
  if (kind === "mock_assessment") return "mock_assessment";
  if (kind === "unannounced") return "unannounced_inspection";
  return "routine_inspection";
}
