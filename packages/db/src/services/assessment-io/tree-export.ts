import {
  type Actor,
  type ExportTreeInput,
  type ExportTreeOutput,
  levelName,
  methodName,
  type TreeColumn,
  tableFromRows,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { loadAssessmentTree } from "../assessment-tree-read.ts";
import type { ServiceContext } from "../service-context.ts";
import { writeCsv } from "../tables/write-csv.ts";
import { writeXlsx } from "./xlsx.ts";

const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

/**
 * The tree in use (retired entries left out) as the file the import reads: each node followed
 * by its children, each content by its standards. Levels and methods are written in Chinese,
 * site types by code, which is unique where names need not be.
 */
export async function exportTreeRows(
  prisma: PrismaClient,
  systemId: string,
): Promise<{ name: string; edition: number; rows: Record<TreeColumn, string>[] }> {
  const tree = await loadAssessmentTree(prisma, { systemId, includeRetired: false });
  const codeOf = new Map(tree.nodes.map((n) => [n.id, n.code]));
  const standardsOf = new Map<string, typeof tree.standards>();
  for (const s of tree.standards)
    standardsOf.set(s.contentId, [...(standardsOf.get(s.contentId) ?? []), s]);
  const rows: Record<TreeColumn, string>[] = [];
  for (const node of tree.nodes) {
    rows.push({
      level: levelName(node.level),
      code: node.code,
      parentCode: node.parentId ? (codeOf.get(node.parentId) ?? "") : "",
      title: node.title,
      points: "",
      methods: "",
      siteTypes: "",
      negativeList: "",
    });
    for (const s of standardsOf.get(node.id) ?? []) {
      rows.push({
        level: levelName("standard"),
        code: s.code,
        parentCode: node.code,
        title: s.text,
        points: String(s.points),
        methods: s.methods.map(methodName).join("，"),
        siteTypes: s.siteTypes.map((t) => t.code).join(","),
        negativeList: s.negativeList ? "是" : "否",
      });
    }
  }
  return { name: tree.system.name, edition: tree.system.edition, rows };
}

export async function exportAssessmentTree(
  ctx: ServiceContext<Actor>,
  input: ExportTreeInput,
): Promise<ExportTreeOutput> {
  const { name, edition, rows } = await exportTreeRows(ctx.prisma, input.systemId);
  const table = tableFromRows(rows);
  const bytes = input.format === "xlsx" ? await writeXlsx(table) : writeCsv(table);
  // Characters Windows forbids in file names are dropped; the Chinese name stays readable.
  const base = `${name.replace(/[\\/:*?"<>|]/g, "")}-${edition}`;
  return {
    fileName: `${base}.${input.format}`,
    mimeType: MIME[input.format],
    base64: bytes.toString("base64"),
  };
}
