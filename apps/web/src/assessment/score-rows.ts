import type { AssessmentTree, ProjectedScore } from "./api-types.ts";

export interface ScoreRow {
  key: string;
  kind: "item" | "indicator" | "content" | "standard";
  code: string;
  title: string;
  points: number;
  earned: number;
  lost: number;
  /** A standard without evidence yet (counted as 0, ADR 0007). */
  measured?: boolean;
  negativeList?: boolean;
  children?: ScoreRow[];
}

/**
 * Nests the server's scored nodes and standards into table rows. The numbers are the
 * server's (scores.projected); only the shape comes from the tree (which content holds
 * which standard). Retired entries are left out, as the projection leaves them out.
 */
export function buildScoreRows(tree: AssessmentTree, projected: ProjectedScore): ScoreRow[] {
  const byParent = new Map<string | null, ScoreRow[]>();
  const push = (parent: string | null, row: ScoreRow) => {
    const list = byParent.get(parent) ?? [];
    list.push(row);
    byParent.set(parent, list);
  };
  for (const n of projected.nodes) {
    push(n.parentId, {
      key: n.id,
      kind: n.level,
      code: n.code,
      title: n.title,
      points: n.points,
      earned: n.earned,
      lost: n.lost,
    });
  }
  const scored = new Map(projected.standards.map((s) => [s.standardId, s]));
  for (const s of tree.standards) {
    const score = scored.get(s.id);
    if (s.retired || !score) continue;
    push(s.contentId, {
      key: s.id,
      kind: "standard",
      code: s.code,
      title: s.text,
      points: score.points,
      earned: score.earned,
      lost: score.lost,
      measured: score.measured,
      negativeList: score.negativeList,
    });
  }
  const attach = (rows: ScoreRow[]): ScoreRow[] =>
    rows.map((row) => {
      const children = byParent.get(row.key);
      return children ? { ...row, children: attach(children) } : row;
    });
  return attach(byParent.get(null) ?? []);
}

/** The keys from the root down to `key`, to open the branches that lead to it. */
export function pathTo(rows: ScoreRow[], key: string): string[] | null {
  for (const row of rows) {
    if (row.key === key) return [row.key];
    const below = row.children ? pathTo(row.children, key) : null;
    if (below) return [row.key, ...below];
  }
  return null;
}

// Dark enough for white text (WCAG AA): red, orange, blue, green.
const LOSS_COLORS = ["#b42318", "#b54708", "#175cd3", "#067647"] as const;

/** A display band for the share of points lost (a colour for the eye, not a campaign rule). */
export function lossColor(points: number, lost: number): string {
  const share = points > 0 ? lost / points : 0;
  if (share >= 0.5) return LOSS_COLORS[0];
  if (share >= 0.2) return LOSS_COLORS[1];
  if (share > 0) return LOSS_COLORS[2];
  return LOSS_COLORS[3];
}
