import type { MessageKey } from "../messages.ts";
import { parseYesNo } from "../yes-no.ts";
import type { TreeRow } from "./tree-rows.ts";
import { parseMethod, splitList, type TreeRowLevel } from "./tree-vocabulary.ts";
import type { Method, NodeLevel } from "./vocabulary.ts";

// What a valid file becomes: nodes and standards with parsed values and their order, ready to
// be matched against a system's rows by code and written.

export interface SiteTypeRef {
  code: string;
  name?: string;
}

export interface TreeNodeDraft {
  row: number;
  level: NodeLevel;
  code: string;
  parentCode: string | null;
  title: string;
  sortOrder: number;
}

export interface TreeStandardDraft {
  row: number;
  code: string;
  contentCode: string;
  text: string;
  points: number;
  methods: Method[];
  siteTypeCodes: string[];
  negativeList: boolean;
  sortOrder: number;
}

export interface TreeDraft {
  nodes: TreeNodeDraft[];
  standards: TreeStandardDraft[];
}

export type SiteTypeResolver = (value: string) => { code: string } | { key: MessageKey };

/** Site types are named by code or, when the name is unique, by name. */
export function siteTypeResolver(siteTypes: readonly SiteTypeRef[]): SiteTypeResolver {
  const codes = new Set(siteTypes.map((t) => t.code));
  const byName = new Map<string, string[]>();
  for (const t of siteTypes)
    if (t.name) byName.set(t.name, [...(byName.get(t.name) ?? []), t.code]);
  return (value) => {
    if (codes.has(value)) return { code: value };
    const named = byName.get(value) ?? [];
    if (named.length === 1) return { code: named[0] as string };
    return {
      key: named.length > 1 ? "assessment.site_types.ambiguous" : "assessment.site_types.unknown",
    };
  };
}

/** The valid rows as drafts, each with its place among its siblings in file order. */
export function draftTree(
  rows: { row: TreeRow; level: TreeRowLevel }[],
  siteTypeCode: SiteTypeResolver,
): TreeDraft {
  const position = new Map<string, number>();
  const nextPosition = (parent: string) => {
    const at = position.get(parent) ?? 0;
    position.set(parent, at + 1);
    return at;
  };
  const tree: TreeDraft = { nodes: [], standards: [] };
  for (const { row, level } of rows) {
    const sortOrder = nextPosition(row.parentCode);
    if (level === "standard") {
      tree.standards.push({
        row: row.row,
        code: row.code,
        contentCode: row.parentCode,
        text: row.title,
        points: Number(row.points),
        methods: [...new Set(splitList(row.methods).map((w) => parseMethod(w) as Method))],
        siteTypeCodes: [
          ...new Set(
            splitList(row.siteTypes).map((w) => (siteTypeCode(w) as { code: string }).code),
          ),
        ],
        negativeList: parseYesNo(row.negativeList) === true,
        sortOrder,
      });
    } else {
      tree.nodes.push({
        row: row.row,
        level,
        code: row.code,
        parentCode: row.parentCode === "" ? null : row.parentCode,
        title: row.title,
        sortOrder,
      });
    }
  }
  return tree;
}
