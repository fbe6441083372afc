// Set-up for the assessment tree tests: callers per role, two site types, files built from
// tables, and a tree reduced to what must survive an export and import.
import { writeCsv, writeXlsx } from "@cw/db";
import {
  findingRecords,
  siteRecord,
  siteTypeRecord,
  type TestDatabase,
  unitRecord,
} from "@cw/db/testing";
import type { AssessmentTreeOutput, Locale, Role } from "@cw/domain";
import { callerContext } from "../../src/context.ts";
import { createCaller } from "../../src/router.ts";
import { type AdminFixture, adminFixture, NOW } from "./admin-fixture.ts";

export const HEADER = [
  "层级",
  "编号",
  "上级编号",
  "名称/内容",
  "分值",
  "测评方法",
  "适用点位类型",
  "负面清单",
];

export interface TreeFixture extends AdminFixture {
  siteId: string;
  in(locale: Locale, role: Role): ReturnType<typeof createCaller>;
}

export async function treeFixture(db: TestDatabase): Promise<TreeFixture> {
  const fx = await adminFixture(db);
  await db.prisma.siteType.createMany({
    data: [
      siteTypeRecord({ code: "park", name: "公园" }),
      siteTypeRecord({ code: "toilet", name: "公共厕所" }),
    ],
  });
  const type = await db.prisma.siteType.findUniqueOrThrow({ where: { code: "park" } });
  const unit = unitRecord();
  await db.prisma.responsibleUnit.create({ data: unit });
  const site = siteRecord({ siteTypeId: type.id, responsibleUnitId: unit.id });
  await db.prisma.site.create({ data: site });
  return {
    ...fx,
    siteId: site.id,
    in: (locale, role) =>
      createCaller(callerContext(db, fx.actors[role], { now: () => NOW, locale })),
  };
}

export async function fileOf(format: "xlsx" | "csv", table: string[][]): Promise<string> {
  const bytes = format === "xlsx" ? await writeXlsx(table) : writeCsv(table);
  return bytes.toString("base64");
}

/** A small valid tree: two items, and under the first a content with three standards. */
export const SMALL_TREE: string[][] = [
  HEADER,
  ["测评项目", "Ⅰ", "", "社会环境建设", "", "", "", ""],
  ["测评指标", "Ⅰ-A", "Ⅰ", "市容环境", "", "", "", ""],
  ["测评内容", "Ⅰ-1", "Ⅰ-A", "公共设施", "", "", "", ""],
  ["测评标准", "Ⅰ-1-1", "Ⅰ-1", "公园内无乱扔垃圾", "1.5", "实地考察", "park", "否"],
  [
    "测评标准",
    "Ⅰ-1-2",
    "Ⅰ-1",
    "公共厕所干净无异味",
    "2",
    "实地考察, 整体观察",
    "公共厕所,park",
    "否",
  ],
  ["测评标准", "Ⅰ-1-3", "Ⅰ-1", "管理制度健全，台账完整", "0.75", "材料审核、听取汇报", "", "是"],
  ["测评项目", "Ⅱ", "", "长效常态机制", "", "", "", ""],
  ["测评指标", "Ⅱ-A", "Ⅱ", "组织领导", "", "", "", ""],
  ["测评内容", "Ⅱ-1", "Ⅱ-A", "宣传动员", "", "", "", ""],
  ["测评标准", "Ⅱ-1-1", "Ⅱ-1", "市民知晓率达到95%以上", "3", "问卷调查,网络调查", "", ""],
];

/** What an export must keep: levels, codes, parents by code, order, texts and values. */
export function treeShape(tree: AssessmentTreeOutput) {
  const codeOf = new Map(tree.nodes.map((n) => [n.id, n.code]));
  return {
    nodes: tree.nodes.map((n) => ({
      level: n.level,
      code: n.code,
      parent: n.parentId ? codeOf.get(n.parentId) : null,
      title: n.title,
    })),
    standards: tree.standards.map((s) => ({
      code: s.code,
      content: codeOf.get(s.contentId),
      text: s.text,
      points: s.points,
      methods: s.methods,
      siteTypes: s.siteTypes.map((t) => t.code),
      negativeList: s.negativeList,
    })),
  };
}

/** A finding at the fixture's site that breaks this standard. */
export async function findingFor(db: TestDatabase, siteId: string, standardId: string) {
  const { finding, task } = findingRecords({ siteId });
  await db.prisma.finding.create({ data: { ...finding, standardId } });
  await db.prisma.rectificationTask.create({ data: task });
  return finding.id;
}

export async function counts(db: TestDatabase) {
  return {
    systems: await db.prisma.assessmentSystem.count(),
    nodes: await db.prisma.assessmentNode.count(),
    standards: await db.prisma.assessmentStandard.count(),
    links: await db.prisma.standardSiteType.count(),
    audit: await db.prisma.auditEvent.count(),
  };
}

export interface SystemFixture extends TreeFixture {
  systemId: string;
  nodeId(code: string): Promise<string>;
  standardId(code: string): Promise<string>;
}

/** The fixture with SMALL_TREE imported as a new system, and lookups of ids by code. */
export async function smallSystemFixture(db: TestDatabase): Promise<SystemFixture> {
  const fx = await treeFixture(db);
  const made = await fx.as("admin").assessmentSystems.import({
    format: "csv",
    file: await fileOf("csv", SMALL_TREE),
    target: { mode: "new", kind: "civilized_city", edition: 2024, name: "文明城市 2024" },
  });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  const systemId = made.systemId;
  return {
    ...fx,
    systemId,
    nodeId: async (code) =>
      (await db.prisma.assessmentNode.findFirstOrThrow({ where: { systemId, code } })).id,
    standardId: async (code) =>
      (await db.prisma.assessmentStandard.findFirstOrThrow({ where: { systemId, code } })).id,
  };
}
