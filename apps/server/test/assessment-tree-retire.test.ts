import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { ROLES } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, NOW, rejects } from "./support/admin-fixture.ts";
import {
  counts,
  fileOf,
  findingFor,
  SMALL_TREE,
  type SystemFixture,
  smallSystemFixture,
} from "./support/assessment-tree-fixture.ts";
import { callerFor } from "./support/caller.ts";

describe.each(testEngines())("assessment trees: retiring and access on %s", (kind) => {
  let db: TestDatabase;
  let fx: SystemFixture;
  let systemId: string;
  const nodeId = (code: string) => fx.nodeId(code);
  const standardId = (code: string) => fx.standardId(code);

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await smallSystemFixture(db);
    systemId = fx.systemId;
  });
  afterAll(() => db.destroy());

  it("retires a standard that a finding references: the finding keeps it, the tree flags it", async () => {
    const admin = fx.as("admin");
    const id = await standardId("Ⅰ-1-3");
    const finding = await findingFor(db, fx.siteId, id);
    const retired = await admin.assessmentSystems.retire({
      entity: "standard",
      id,
      reason: "新版体系已删除",
    });
    expect(retired).toMatchObject({ standard: { retired: true, retiredAt: NOW } });
    await rejects(admin.assessmentSystems.retire({ entity: "standard", id }), "BAD_REQUEST");
    expect((await db.prisma.finding.findUniqueOrThrow({ where: { id: finding } })).standardId).toBe(
      id,
    );
    const tree = await fx.as("leader").assessmentSystems.tree({ systemId });
    expect(tree.standards.find((s) => s.id === id)).toMatchObject({ retired: true, code: "Ⅰ-1-3" });
    const inUse = await fx.as("leader").assessmentSystems.tree({ systemId, includeRetired: false });
    expect(inUse.standards.map((s) => s.id)).not.toContain(id);
    const [event] = await auditEvents(db, "assessment_standard", id);
    expect(event).toMatchObject({ action: "retire", reason: "新版体系已删除" });
    await admin.assessmentSystems.unretire({ entity: "standard", id });
    expect(
      (await admin.assessmentSystems.tree({ systemId, includeRetired: false })).standards.map(
        (s) => s.id,
      ),
    ).toContain(id);
  });

  it("retires a node with everything under it, and unretires exactly that", async () => {
    const admin = fx.as("admin");
    const alone = await standardId("Ⅱ-1-1");
    await admin.assessmentSystems.retire({ entity: "standard", id: alone });
    const later = new Date(NOW.getTime() + 60_000);
    const adminLater = callerFor(db, fx.actors.admin, later);
    await adminLater.assessmentSystems.retire({ entity: "node", id: await nodeId("Ⅱ") });
    const retired = await admin.assessmentSystems.tree({ systemId });
    expect(
      retired.nodes
        .filter((n) => n.retired)
        .map((n) => n.code)
        .sort(),
    ).toEqual(["Ⅱ", "Ⅱ-1", "Ⅱ-A"].sort());
    await rejects(
      admin.assessmentSystems.addNode({
        systemId,
        level: "content",
        parentId: await nodeId("Ⅱ-A"),
        code: "Ⅱ-3",
        title: "x",
      }),
      "BAD_REQUEST",
    );
    await rejects(
      admin.assessmentSystems.unretire({ entity: "node", id: await nodeId("Ⅱ-A") }),
      "BAD_REQUEST",
    );

    await admin.assessmentSystems.unretire({ entity: "node", id: await nodeId("Ⅱ") });
    const back = await admin.assessmentSystems.tree({ systemId });
    expect(back.nodes.every((n) => !n.retired)).toBe(true);
    // Ⅱ-1-1 was retired on its own before, so it stays retired.
    expect(back.standards.filter((s) => s.retired).map((s) => s.code)).toEqual(["Ⅱ-1-1"]);
    const events = await auditEvents(db, "assessment_node", await nodeId("Ⅱ"));
    expect(events.map((e) => e.action)).toEqual(["retire", "unretire"]);
    expect(events[0]?.after).toMatchObject({ nodesRetired: 3, standardsRetired: 0 });
  });

  it("lets every role read, only admins and coordinators write", async () => {
    const before = await counts(db);
    const id = await standardId("Ⅱ-1-1");
    for (const role of ROLES) {
      const caller = fx.as(role);
      expect((await caller.assessmentSystems.list()).map((s) => s.id)).toContain(systemId);
      expect(
        (await caller.assessmentSystems.tree({ systemId, method: "survey" })).standards.map(
          (s) => s.code,
        ),
      ).toEqual(["Ⅱ-1-1"]);
      expect((await caller.assessmentSystems.export({ systemId, format: "csv" })).fileName).toMatch(
        /\.csv$/,
      );
    }
    for (const role of ["leader", "inspector", "unit_officer"] as const) {
      const caller = fx.as(role);
      const file = await fileOf("csv", SMALL_TREE);
      await rejects(
        caller.assessmentSystems.import({
          format: "csv",
          file,
          target: { mode: "replace", systemId },
        }),
        "FORBIDDEN",
      );
      await rejects(caller.assessmentSystems.updateStandard({ id, points: 9 }), "FORBIDDEN");
      await rejects(caller.assessmentSystems.retire({ entity: "standard", id }), "FORBIDDEN");
      await rejects(
        caller.assessmentSystems.renumber({ entity: "standard", id, code: "Z" }),
        "FORBIDDEN",
      );
      await rejects(
        caller.assessmentSystems.move({ entity: "standard", id, parentId: await nodeId("Ⅰ-1") }),
        "FORBIDDEN",
      );
      await rejects(
        caller.assessmentSystems.addNode({
          systemId,
          level: "item",
          parentId: null,
          code: "Z",
          title: "x",
        }),
        "FORBIDDEN",
      );
    }
    await rejects(fx.anonymous.assessmentSystems.list(), "UNAUTHORIZED");
    expect(await counts(db)).toEqual(before);
  });
});
