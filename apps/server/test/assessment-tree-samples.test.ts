import { loadDemoData } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  DEMO_SITE_TYPES,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { METHODS } from "@cw/domain";
import { describe, expect, it } from "vitest";
import { NOW } from "./support/admin-fixture.ts";
import { treeShape } from "./support/assessment-tree-fixture.ts";
import { callerFor } from "./support/caller.ts";

describe.each(testEngines())("assessment trees: the demo's sample trees on %s", (kind) => {
  it("loads one sample tree per system with the demo city, marked as samples", async () => {
    const demo: TestDatabase = await createTestDatabase(kind);
    try {
      await loadDemoData(demo.prisma, NOW);
      await loadDemoData(demo.prisma, NOW); // a second start adds nothing
      const systems = await demo.prisma.assessmentSystem.findMany({ orderBy: { kind: "asc" } });
      expect(systems.map((s) => [s.kind, s.isSample, s.name.includes("（示例）")])).toEqual([
        ["civilized_city", true, true],
        ["minors", true, true],
        ["villages_towns", true, true],
      ]);
      const city = systems[0]?.id as string;
      const items = await demo.prisma.assessmentNode.findMany({
        where: { systemId: city, level: "item" },
        orderBy: { sortOrder: "asc" },
      });
      expect(items.map((i) => i.title)).toEqual([
        "理想信念建设",
        "文明风尚建设",
        "经济民生建设",
        "社会环境建设",
        "生态文明建设",
        "城乡一体化建设",
        "长效常态机制",
      ]);
      for (const system of systems) {
        const standards = await demo.prisma.assessmentStandard.findMany({
          where: { systemId: system.id },
          include: { siteTypes: true },
        });
        expect(standards.length).toBeGreaterThanOrEqual(system.id === city ? 40 : 12);
        if (system.id !== city) continue;
        expect(new Set(standards.flatMap((s) => s.methods))).toEqual(new Set(METHODS));
        expect(
          new Set(standards.flatMap((s) => s.siteTypes.map((t) => t.siteTypeId))).size,
        ).toBeGreaterThanOrEqual(12);
        expect(standards.some((s) => s.negativeList)).toBe(true);
      }
      expect(await demo.prisma.siteType.count()).toBe(DEMO_SITE_TYPES.length);

      // The sample is a real-sized tree: it survives an Excel round trip, and filters keep
      // only the branches that lead to a matching standard.
      const admin = callerFor(demo, await createTestUser(demo.prisma, "admin"), NOW);
      const file = await admin.assessmentSystems.export({ systemId: city, format: "xlsx" });
      expect(file.fileName).toBe("全国文明城市测评体系（示例）-2021.xlsx");
      const copy = await admin.assessmentSystems.import({
        format: "xlsx",
        file: file.base64,
        target: { mode: "new", kind: "civilized_city", edition: 2024, name: "本市测评体系" },
      });
      if (!copy.ok) throw new Error(JSON.stringify(copy.errors));
      const original = await admin.assessmentSystems.tree({ systemId: city });
      expect(treeShape(await admin.assessmentSystems.tree({ systemId: copy.systemId }))).toEqual(
        treeShape(original),
      );
      // A city that loads its own manual over the sample no longer has a sample.
      const own = await admin.assessmentSystems.import({
        format: "xlsx",
        file: file.base64,
        target: { mode: "replace", systemId: city },
      });
      expect(own).toMatchObject({
        ok: true,
        summary: { standardsUpdated: 0, standardsRetired: 0 },
      });
      const [mine] = (await admin.assessmentSystems.list()).filter((s) => s.id === city);
      expect(mine).toMatchObject({
        isSample: false,
        name: "全国文明城市测评体系",
        totalPoints: 100,
      });
      const toilets = await admin.assessmentSystems.tree({ systemId: city, text: "公共厕所" });
      expect(toilets.standards.map((s) => s.code)).toEqual(["Ⅳ-13-1"]);
      expect(toilets.nodes.map((n) => n.code)).toEqual(["Ⅳ", "Ⅳ-A", "Ⅳ-13"]);
    } finally {
      await demo.destroy();
    }
  });
});
