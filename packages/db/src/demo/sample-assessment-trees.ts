import { randomUUID } from "node:crypto";
import { SAMPLE_MARK, type SystemKind, type TreeRow, validateTreeRows } from "@cw/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import { newTreeRecords, type TreeRecords } from "../services/assessment-io/tree-records.ts";
import { CITY_SAMPLE } from "./sample-tree-city.ts";
import { MINORS_SAMPLE } from "./sample-tree-minors.ts";
import { VILLAGES_SAMPLE } from "./sample-tree-villages.ts";

// The sample trees shipped with the demo city, one per system, marked as samples in the flag
// and in the name so nobody mistakes them for the official manuals. They are written as an
// outline, one line per entry, and go through the same validator as an imported file:
//   项目 <code> <title>            (then 指标 and 内容 the same way, each under the last one above)
//   标准 <code> | <points> | <methods> | <site type codes or -> | <是/否 negative list> | <text>
// Methods are letters: F 实地考察, M 材料审核, S 问卷调查, B 听取汇报, O 网络调查, W 整体观察.

export const SAMPLE_EDITION = 2021;

export const SAMPLE_SYSTEMS: readonly { kind: SystemKind; name: string; outline: string }[] = [
  { kind: "civilized_city", name: `全国文明城市测评体系${SAMPLE_MARK}`, outline: CITY_SAMPLE },
  {
    kind: "minors",
    name: `全国未成年人思想道德建设工作测评体系${SAMPLE_MARK}`,
    outline: MINORS_SAMPLE,
  },
  { kind: "villages_towns", name: `全国文明村镇测评体系${SAMPLE_MARK}`, outline: VILLAGES_SAMPLE },
];

const METHOD_LETTERS: Record<string, string> = {
  F: "field_inspection",
  M: "materials_review",
  S: "survey",
  B: "briefing",
  O: "online_survey",
  W: "overall_observation",
};
const LEVELS = ["项目", "指标", "内容", "标准"] as const;

/** The outline as rows of the import's flat form. */
export function sampleRows(outline: string): TreeRow[] {
  const last: string[] = [];
  const rows: TreeRow[] = [];
  outline.split("\n").forEach((line, i) => {
    const text = line.trim();
    if (text === "") return;
    const word = text.slice(0, 2);
    const rest = text.slice(3);
    const depth = LEVELS.indexOf(word as (typeof LEVELS)[number]);
    const parentCode = depth > 0 ? (last[depth - 1] ?? "") : "";
    const empty = { points: "", methods: "", siteTypes: "", negativeList: "" };
    if (word !== "标准") {
      const [code = "", ...title] = rest.split(" ");
      last[depth] = code;
      rows.push({ row: i, level: word, code, parentCode, title: title.join(" "), ...empty });
      return;
    }
    const [code = "", points = "", methods = "", types = "", negative = "", body = ""] = rest
      .split("|")
      .map((part) => part.trim());
    rows.push({
      row: i,
      level: word,
      code,
      parentCode,
      title: body,
      points,
      methods: methods
        .split(",")
        .map((m) => METHOD_LETTERS[m] ?? m)
        .join(","),
      siteTypes: types === "-" ? "" : types,
      negativeList: negative,
    });
  });
  return rows;
}

/**
 * The three sample systems as rows for createMany, with their site types resolved by code.
 * A sample that fails validation is a bug in this file, so it throws rather than loading.
 */
export function sampleAssessmentRecords(siteTypeIdOf: ReadonlyMap<string, string>): {
  systems: Prisma.AssessmentSystemCreateManyInput[];
} & TreeRecords {
  const siteTypes = [...siteTypeIdOf.keys()].map((code) => ({ code }));
  const out = { systems: [], nodes: [], standards: [], links: [] } as ReturnType<
    typeof sampleAssessmentRecords
  >;
  for (const sample of SAMPLE_SYSTEMS) {
    const checked = validateTreeRows(sampleRows(sample.outline), { siteTypes });
    if (!checked.ok) {
      throw new Error(`sample tree ${sample.kind} is invalid: ${JSON.stringify(checked.errors)}`);
    }
    const id = randomUUID();
    const records = newTreeRecords(id, checked.tree, siteTypeIdOf);
    out.systems.push({
      id,
      kind: sample.kind,
      edition: SAMPLE_EDITION,
      name: sample.name,
      isSample: true,
    });
    out.nodes.push(...records.nodes);
    out.standards.push(...records.standards);
    out.links.push(...records.links);
  }
  return out;
}
