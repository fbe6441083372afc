import type { ScoringSettings } from "./scoring-settings.ts";
import { surveyRate } from "./survey-rate.ts";
import { type Method, SECTION_OF_METHOD, SECTIONS, type Section } from "./vocabulary.ts";

/**
 * "If the assessors came today, what would we score, and where do we lose points?"
 *
 * Each active standard gets a rate in [0, 1] per section its methods belong to:
 *  - field: points-weighted share of applicable site checks that passed (latest check per site);
 *  - materials: share of its required materials approved;
 *  - survey: share of positive answers, when the sample is large enough.
 * Evidence not yet gathered counts as 0 — an unmeasured standard is a risk, not a pass — and is
 * marked `measured: false` so screens can say "not yet assessed".
 * A section scores weight × Σ(points × rate) / Σ points over its standards; weights of sections a
 * system has no standards in are shared out over the others, so every system is out of 100.
 * Negative-list standards (负面清单) are not earned: each deducts its unmet share of points from
 * the total.
 */
export interface ScoringNode {
  id: string;
  parentId: string | null;
  level: "item" | "indicator" | "content";
  code: string;
  title: string;
}

export interface ScoringStandard {
  id: string;
  contentId: string;
  code: string;
  text: string;
  points: number;
  methods: readonly Method[];
  negativeList: boolean;
}

export interface StandardEvidence {
  field?: { passed: number; applicable: number };
  materials?: { approved: number; total: number };
  survey?: { positive: number; answered: number };
}

export interface StandardScore {
  standardId: string;
  code: string;
  text: string;
  points: number;
  rate: number;
  earned: number;
  lost: number;
  measured: boolean;
  negativeList: boolean;
  sections: Partial<Record<Section, number>>;
}

export interface NodeScore {
  id: string;
  parentId: string | null;
  level: ScoringNode["level"];
  code: string;
  title: string;
  points: number;
  earned: number;
  lost: number;
}

export interface ProjectedScore {
  total: number;
  sections: { section: Section; weight: number; score: number; rate: number | null }[];
  negativeListDeduction: number;
  nodes: NodeScore[];
  standards: StandardScore[];
}

const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;

export function sectionRate(
  section: Section,
  evidence: StandardEvidence | undefined,
  minSurveySample: number,
): number | null {
  if (section === "field") {
    const f = evidence?.field;
    return f && f.applicable > 0 ? f.passed / f.applicable : null;
  }
  if (section === "materials") {
    const m = evidence?.materials;
    return m && m.total > 0 ? m.approved / m.total : null;
  }
  // The survey's own rule, minimum sample included: one definition for its screen and the score.
  const s = evidence?.survey;
  const rate = s ? surveyRate(s.positive, s.answered, minSurveySample) : null;
  return rate?.status === "ok" ? rate.rate : null;
}

export function projectScore(
  nodes: readonly ScoringNode[],
  standards: readonly ScoringStandard[],
  evidence: ReadonlyMap<string, StandardEvidence>,
  settings: Pick<ScoringSettings, "sectionWeights" | "minSurveySample">,
): ProjectedScore {
  const scored = standards.map((s): StandardScore => {
    const sections: Partial<Record<Section, number>> = {};
    let measured = false;
    for (const section of new Set(s.methods.map((m) => SECTION_OF_METHOD[m]))) {
      const rate = sectionRate(section, evidence.get(s.id), settings.minSurveySample);
      if (rate !== null) measured = true;
      sections[section] = rate ?? 0;
    }
    const rates = Object.values(sections);
    const rate = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : 0;
    const earned = s.negativeList ? 0 : s.points * rate;
    return {
      standardId: s.id,
      code: s.code,
      text: s.text,
      points: s.points,
      rate: round(rate, 4),
      earned: round(earned),
      lost: round(s.points * (1 - rate)),
      measured,
      negativeList: s.negativeList,
      sections,
    };
  });

  const present = SECTIONS.filter((section) =>
    scored.some((s) => !s.negativeList && s.sections[section] !== undefined),
  );
  const weightSum = present.reduce((sum, section) => sum + settings.sectionWeights[section], 0);
  const sections = SECTIONS.map((section) => {
    const inSection = scored.filter((s) => !s.negativeList && s.sections[section] !== undefined);
    const points = inSection.reduce((sum, s) => sum + s.points, 0);
    const weight =
      present.includes(section) && weightSum > 0
        ? (settings.sectionWeights[section] * 100) / weightSum
        : 0;
    const rate =
      points > 0
        ? inSection.reduce((sum, s) => sum + s.points * (s.sections[section] ?? 0), 0) / points
        : null;
    return {
      section,
      weight: round(weight),
      score: round(weight * (rate ?? 0)),
      rate: rate === null ? null : round(rate, 4),
    };
  });
  const negativeListDeduction = round(
    scored.filter((s) => s.negativeList).reduce((sum, s) => sum + s.lost, 0),
  );
  const total = round(
    Math.max(0, sections.reduce((sum, s) => sum + s.score, 0) - negativeListDeduction),
  );
  return {
    total,
    sections,
    negativeListDeduction,
    nodes: rollUp(nodes, standards, scored),
    standards: scored,
  };
}

/** Points, earned and lost of every item, indicator and content: sums of the standards below. */
function rollUp(
  nodes: readonly ScoringNode[],
  standards: readonly ScoringStandard[],
  scored: StandardScore[],
): NodeScore[] {
  const totals = new Map(nodes.map((n) => [n.id, { points: 0, earned: 0, lost: 0 }]));
  const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
  standards.forEach((s, i) => {
    const score = scored[i] as StandardScore;
    for (let id: string | null | undefined = s.contentId; id; id = parent.get(id)) {
      const t = totals.get(id);
      if (!t) break;
      t.points += score.points;
      t.earned += score.earned;
      t.lost += score.lost;
    }
  });
  return nodes.map((n) => {
    const t = totals.get(n.id) ?? { points: 0, earned: 0, lost: 0 };
    return { ...n, points: round(t.points), earned: round(t.earned), lost: round(t.lost) };
  });
}
