import { type Method, NODE_LEVELS, type NodeLevel } from "./vocabulary.ts";

// The words a city's own spreadsheet uses for levels, methods and yes/no. Files come from
// official manuals typed by hand, so the import accepts the Chinese names, the codes and the
// common variants, and the export always writes the first (canonical) Chinese name.

/** A row of the flat form is a node or, one level below contents, a standard. */
export const TREE_ROW_LEVELS = [...NODE_LEVELS, "standard"] as const;
export type TreeRowLevel = (typeof TREE_ROW_LEVELS)[number];

/** The level each level hangs under; items sit at the top. */
export const PARENT_LEVEL: Record<TreeRowLevel, NodeLevel | null> = {
  item: null,
  indicator: "item",
  content: "indicator",
  standard: "content",
};

export const LEVEL_NAMES: Record<TreeRowLevel, readonly string[]> = {
  item: ["测评项目", "项目", "一级指标"],
  indicator: ["测评指标", "指标", "二级指标"],
  content: ["测评内容", "内容", "三级指标"],
  standard: ["测评标准", "标准"],
};

export const METHOD_NAMES: Record<Method, readonly string[]> = {
  field_inspection: ["实地考察", "实地测评", "实地暗访"],
  materials_review: ["材料审核", "网上申报", "材料审核/网上申报", "网上申报/材料审核"],
  survey: ["问卷调查", "入户调查"],
  briefing: ["听取汇报"],
  online_survey: ["网络调查", "网上调查"],
  overall_observation: ["整体观察"],
};

/** Lower-case, without spaces, so "Field inspection" and "field_inspection" compare alike. */
export function normalizeWord(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

function lookup<K extends string>(
  names: Record<K, readonly string[]>,
  value: string,
): K | undefined {
  const wanted = normalizeWord(value);
  for (const [key, aliases] of Object.entries(names) as [K, readonly string[]][]) {
    if (normalizeWord(key) === wanted || aliases.some((a) => normalizeWord(a) === wanted)) {
      return key;
    }
  }
  return undefined;
}

export const parseLevel = (value: string): TreeRowLevel | undefined => lookup(LEVEL_NAMES, value);
export const parseMethod = (value: string): Method | undefined => lookup(METHOD_NAMES, value);

/**
 * Splits a list cell. Chinese text uses "，" and "、" as often as ",", so all separate; "/"
 * does not, because names such as 新时代文明实践中心/所/站 contain it.
 */
export function splitList(value: string): string[] {
  return value
    .split(/[,，、;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export const levelName = (level: TreeRowLevel): string => LEVEL_NAMES[level][0] as string;
export const methodName = (method: Method): string => METHOD_NAMES[method][0] as string;
