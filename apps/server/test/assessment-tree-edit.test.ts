import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, rejects } from "./support/admin-fixture.ts";
import { type SystemFixture, smallSystemFixture } from "./support/assessment-tree-fixture.ts";

describe.each(testEngines())(
  "assessment trees: adding, changing, moving and renumbering on %s",
  (kind) => {
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

    it("adds nodes and standards under the right level, with unique codes, audited", async () => {
      const coordinator = fx.as("coordinator");
      const park = await db.prisma.siteType.findUniqueOrThrow({ where: { code: "park" } });
      const content = await coordinator.assessmentSystems.addNode({
        systemId,
        level: "content",
        parentId: await nodeId("Ⅱ-A"),
        code: "Ⅱ-2",
        title: "志愿服务",
      });
      expect(content).toMatchObject({ level: "content", sortOrder: 1, retired: false });
      const standard = await coordinator.assessmentSystems.addStandard({
        contentId: content.id,
        code: "Ⅱ-2-1",
        text: "公园设志愿服务点",
        points: 1.25,
        methods: ["field_inspection", "field_inspection"],
        siteTypeIds: [park.id, park.id],
      });
      expect(standard).toMatchObject({
        points: 1.25,
        methods: ["field_inspection"],
        siteTypes: [{ code: "park" }],
      });
      const [created] = await auditEvents(db, "assessment_standard", standard.id);
      expect(created).toMatchObject({ action: "create", actorId: fx.actors.coordinator.id });

      const base = { systemId, title: "x" };
      await rejects(
        coordinator.assessmentSystems.addNode({
          ...base,
          level: "indicator",
          parentId: content.id,
          code: "N1",
        }),
        "BAD_REQUEST",
      );
      await rejects(
        coordinator.assessmentSystems.addNode({
          ...base,
          level: "item",
          parentId: content.id,
          code: "N2",
        }),
        "BAD_REQUEST",
      );
      const taken = await rejects(
        coordinator.assessmentSystems.addNode({
          ...base,
          level: "item",
          parentId: null,
          code: "Ⅱ-2-1",
        }),
        "CONFLICT",
      );
      expect(taken?.fields).toEqual({ code: "error.duplicate" });
      const std = { contentId: content.id, code: "Ⅱ-2-9", text: "x", methods: ["survey" as const] };
      await rejects(
        coordinator.assessmentSystems.addStandard({ ...std, points: 0 }),
        "BAD_REQUEST",
      );
      await rejects(
        coordinator.assessmentSystems.addStandard({ ...std, points: 1.234 }),
        "BAD_REQUEST",
      );
      await rejects(
        coordinator.assessmentSystems.addStandard({ ...std, points: 1, methods: [] }),
        "BAD_REQUEST",
      );
      const fieldOnly = await rejects(
        coordinator.assessmentSystems.addStandard({ ...std, points: 1, siteTypeIds: [park.id] }),
        "BAD_REQUEST",
      );
      expect(fieldOnly?.key).toBe("assessment.site_types.field_only");
      await rejects(
        coordinator.assessmentSystems.addStandard({
          ...std,
          contentId: await nodeId("Ⅱ-A"),
          points: 1,
        }),
        "BAD_REQUEST",
      );
    });

    it("updates text, points, methods and site types of a standard, audited with before and after", async () => {
      const id = await standardId("Ⅰ-1-2");
      const updated = await fx.as("admin").assessmentSystems.updateStandard({
        id,
        text: "公共厕所达到二类以上标准",
        points: 2.5,
        siteTypeIds: [],
      });
      expect(updated).toMatchObject({
        text: "公共厕所达到二类以上标准",
        points: 2.5,
        siteTypes: [],
        methods: ["field_inspection", "overall_observation"],
      });
      const [event] = await auditEvents(db, "assessment_standard", id);
      expect(event?.before).toMatchObject({ points: 2, siteTypes: ["park", "toilet"] });
      expect(event?.after).toMatchObject({ points: 2.5, siteTypes: [] });
      // Dropping field inspection from a standard that still has site types breaks the rule.
      const withTypes = await standardId("Ⅰ-1-1");
      await rejects(
        fx.as("admin").assessmentSystems.updateStandard({ id: withTypes, methods: ["survey"] }),
        "BAD_REQUEST",
      );
      const node = await fx
        .as("admin")
        .assessmentSystems.updateNode({ id: await nodeId("Ⅰ"), title: "社会环境" });
      expect(node.title).toBe("社会环境");
    });

    it("moves standards and nodes under parents of the right level, and renumbers with unique codes", async () => {
      const admin = fx.as("admin");
      const id = await standardId("Ⅰ-1-1");
      const moved = await admin.assessmentSystems.move({
        entity: "standard",
        id,
        parentId: await nodeId("Ⅱ-1"),
      });
      expect(moved).toMatchObject({
        entity: "standard",
        standard: { contentId: await nodeId("Ⅱ-1"), sortOrder: 1 },
      });
      const indicator = await admin.assessmentSystems.move({
        entity: "node",
        id: await nodeId("Ⅰ-A"),
        parentId: await nodeId("Ⅱ"),
        sortOrder: 0,
      });
      expect(indicator).toMatchObject({ node: { parentId: await nodeId("Ⅱ"), sortOrder: 0 } });
      await rejects(
        admin.assessmentSystems.move({ entity: "standard", id, parentId: await nodeId("Ⅱ-A") }),
        "BAD_REQUEST",
      );
      await rejects(
        admin.assessmentSystems.move({
          entity: "node",
          id: await nodeId("Ⅰ"),
          parentId: await nodeId("Ⅱ"),
        }),
        "BAD_REQUEST",
      );

      const conflict = await rejects(
        admin.assessmentSystems.renumber({ entity: "standard", id, code: "Ⅱ-1" }),
        "CONFLICT",
      );
      expect(conflict?.key).toBe("error.duplicate");
      await rejects(
        admin.assessmentSystems.renumber({ entity: "standard", id, code: "Ⅱ-1-1" }),
        "CONFLICT",
      );
      await rejects(
        admin.assessmentSystems.renumber({ entity: "standard", id, code: "有 空格" }),
        "BAD_REQUEST",
      );
      const renumbered = await admin.assessmentSystems.renumber({
        entity: "standard",
        id,
        code: "Ⅱ-1-2",
      });
      expect(renumbered).toMatchObject({ standard: { code: "Ⅱ-1-2" } });
      const events = await auditEvents(db, "assessment_standard", id);
      expect(events.map((e) => e.action)).toEqual(["move", "renumber"]);
      expect(events[0]?.before).toEqual({ parentId: await nodeId("Ⅰ-1"), sortOrder: 0 });
      expect(events[1]).toMatchObject({ before: { code: "Ⅰ-1-1" }, after: { code: "Ⅱ-1-2" } });
    });
  },
);
