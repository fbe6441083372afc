import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, NOW } from "./support/admin-fixture.ts";
import {
  fileOf,
  findingFor,
  HEADER,
  SMALL_TREE,
  type TreeFixture,
  treeFixture,
  treeShape,
} from "./support/assessment-tree-fixture.ts";

describe.each(testEngines())("assessment trees: replacing a tree in use on %s", (kind) => {
  let db: TestDatabase;
  let fx: TreeFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await treeFixture(db);
  });
  afterAll(() => db.destroy());

  it("replaces a tree in use: referenced standards are updated in place, missing ones retired", async () => {
    const admin = fx.as("admin");
    const made = await admin.assessmentSystems.import({
      format: "csv",
      file: await fileOf("csv", SMALL_TREE),
      target: { mode: "new", kind: "civilized_city", edition: 2024, name: "文明城市 2024" },
    });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    const before = await admin.assessmentSystems.tree({ systemId: made.systemId });
    const id = (code: string) => before.standards.find((s) => s.code === code)?.id as string;
    const kept = await findingFor(db, fx.siteId, id("Ⅰ-1-1"));
    const dropped = await findingFor(db, fx.siteId, id("Ⅰ-1-3"));

    // Ⅰ-1-1 changes text and points, Ⅰ-1-2 moves to a new content, Ⅰ-1-3 and Ⅱ are gone.
    const next = [
      HEADER,
      ["测评项目", "Ⅰ", "", "社会环境建设", "", "", "", ""],
      ["测评指标", "Ⅰ-A", "Ⅰ", "市容环境", "", "", "", ""],
      ["测评内容", "Ⅰ-1", "Ⅰ-A", "公共设施", "", "", "", ""],
      ["测评标准", "Ⅰ-1-1", "Ⅰ-1", "公园内无乱扔垃圾、无积水", "2.5", "实地考察", "park", "否"],
      ["测评内容", "Ⅰ-2", "Ⅰ-A", "环境卫生", "", "", "", ""],
      ["测评标准", "Ⅰ-1-2", "Ⅰ-2", "公共厕所干净无异味", "2", "实地考察", "toilet", "否"],
      ["测评标准", "Ⅰ-2-1", "Ⅰ-2", "新标准", "1", "材料审核", "", "否"],
    ];
    const result = await fx.as("coordinator").assessmentSystems.import({
      format: "xlsx",
      file: await fileOf("xlsx", next),
      target: { mode: "replace", systemId: made.systemId },
    });
    expect(result).toEqual({
      ok: true,
      systemId: made.systemId,
      summary: {
        nodesCreated: 1,
        nodesUpdated: 0,
        nodesRetired: 3,
        standardsCreated: 1,
        standardsUpdated: 2,
        standardsRetired: 2,
      },
    });
    const after = await admin.assessmentSystems.tree({ systemId: made.systemId });
    const byCode = new Map(after.standards.map((s) => [s.code, s]));
    expect(byCode.get("Ⅰ-1-1")).toMatchObject({ id: id("Ⅰ-1-1"), points: 2.5, retired: false });
    expect(byCode.get("Ⅰ-1-2")?.siteTypes.map((t) => t.code)).toEqual(["toilet"]);
    expect(byCode.get("Ⅰ-1-3")).toMatchObject({ id: id("Ⅰ-1-3"), retired: true, retiredAt: NOW });
    expect(after.nodes.filter((n) => n.retired).map((n) => n.code)).toEqual(["Ⅱ", "Ⅱ-A", "Ⅱ-1"]);
    const findings = await db.prisma.finding.findMany({ where: { id: { in: [kept, dropped] } } });
    expect(findings.map((f) => f.standardId).sort()).toEqual([id("Ⅰ-1-1"), id("Ⅰ-1-3")].sort());

    // What is in use exports as the new file; the retired entries are left out.
    const active = await admin.assessmentSystems.tree({
      systemId: made.systemId,
      includeRetired: false,
    });
    const copy = await admin.assessmentSystems.import({
      format: "xlsx",
      file: await fileOf("xlsx", next),
      target: { mode: "new", kind: "civilized_city", edition: 2025, name: "副本" },
    });
    if (!copy.ok) throw new Error("copy failed");
    expect(treeShape(await admin.assessmentSystems.tree({ systemId: copy.systemId }))).toEqual(
      treeShape(active),
    );
    const [, replaced] = await auditEvents(db, "assessment_system", made.systemId);
    expect(replaced).toMatchObject({ action: "import", actorId: fx.actors.coordinator.id });
    expect(replaced?.after).toMatchObject({
      mode: "replace",
      retiredCodes: ["Ⅱ", "Ⅱ-A", "Ⅱ-1", "Ⅰ-1-3", "Ⅱ-1-1"],
    });

    // A later file that has a retired standard again brings it back, with the same id.
    const back = await admin.assessmentSystems.import({
      format: "csv",
      file: await fileOf("csv", SMALL_TREE),
      target: { mode: "replace", systemId: made.systemId },
    });
    // Ⅱ comes back (3 nodes, 1 standard), Ⅰ-1-1 and Ⅰ-1-2 change back, Ⅰ-1-3 returns, Ⅰ-2 goes.
    expect(back).toMatchObject({
      ok: true,
      summary: {
        nodesCreated: 0,
        nodesUpdated: 3,
        nodesRetired: 1,
        standardsCreated: 0,
        standardsUpdated: 4,
        standardsRetired: 1,
      },
    });
    expect(
      (
        await admin.assessmentSystems.tree({ systemId: made.systemId, includeRetired: false })
      ).standards.find((s) => s.code === "Ⅰ-1-3")?.id,
    ).toBe(id("Ⅰ-1-3"));
  });

  it("refuses a replacing file that gives a node's code to a standard, writing nothing", async () => {
    const admin = fx.as("admin");
    const system = (await admin.assessmentSystems.list()).find((s) => s.edition === 2024);
    const events = await db.prisma.auditEvent.count();
    // "Ⅰ-2" is the code of a node the last import retired; a standard may not take it.
    const clash = SMALL_TREE.map((row) =>
      row[1] === "Ⅰ-1-3" ? ["测评标准", "Ⅰ-2", ...row.slice(2)] : row,
    );
    const result = await admin.assessmentSystems.import({
      format: "csv",
      file: await fileOf("csv", clash),
      target: { mode: "replace", systemId: system?.id as string },
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ row: 7, column: "code", messageKey: "assessment.code.other_kind" }],
    });
    expect(await db.prisma.auditEvent.count()).toBe(events);
  });
});
