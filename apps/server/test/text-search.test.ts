// Every text search box (users, sites, assessment trees, tasks) goes through containsText: what
// the user typed is matched literally, so "%" and "_" are characters, not LIKE's wildcards.
import {
  createTestDatabase,
  findingRecords,
  siteRecord,
  siteTypeRecord,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminFixture, adminFixture } from "./support/admin-fixture.ts";
import { createAssessmentSystem } from "./support/assessment-fixture.ts";

describe.each(testEngines())("text search on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
    const type = siteTypeRecord({ code: "market", name: "农贸市场" });
    await db.prisma.siteType.create({ data: type });
    const site = (code: string, name: string) =>
      siteRecord({ siteTypeId: type.id, responsibleUnitId: fx.unitId }, { code, name });
    const sites = [
      site("S-A_1", "东岳市场 A_1 区"),
      site("S-AB1", "东岳市场 AB1 区"),
      site("S-50P", "折扣 50% 摊位"),
      site("S-501", "折扣 501 摊位"),
    ];
    await db.prisma.site.createMany({ data: sites });
    const records = [
      findingRecords({ siteId: sites[0]?.id as string, status: "new", deadline: null }),
      findingRecords({ siteId: sites[1]?.id as string, status: "new", deadline: null }),
    ];
    const descriptions = ["占道率超过 30% 的摊位", "占道率超过 300 的摊位"];
    await db.prisma.finding.createMany({
      data: records.map((r, i) => ({ ...r.finding, description: descriptions[i] as string })),
    });
    await db.prisma.rectificationTask.createMany({ data: records.map((r) => r.task) });
    for (const username of ["li_ming", "liXming"]) {
      await fx.as("admin").users.create({
        username,
        displayName: username,
        role: "inspector",
        password: "Huayin-2026!",
      });
    }
  });
  afterAll(() => db.destroy());

  it("finds sites by a code or name with _ and % in it, and nothing the wildcard would add", async () => {
    const codes = async (text: string) =>
      (await fx.as("admin").sites.list({ text })).items.map((s) => s.code);
    expect(await codes("A_1")).toEqual(["S-A_1"]);
    expect(await codes("50%")).toEqual(["S-50P"]);
    // Both, in whichever order the engine's collation puts "_" and "B".
    expect((await codes("东岳市场")).sort()).toEqual(["S-A_1", "S-AB1"].sort());
  });

  it("finds users by a username with _ in it", async () => {
    const page = await fx.as("admin").users.list({ text: "li_m" });
    expect(page.items.map((u) => u.username)).toEqual(["li_ming"]);
  });

  it("finds tasks by a description with % in it", async () => {
    const page = await fx.as("coordinator").tasks.list({ text: "30%" });
    expect(page.items.map((t) => t.description)).toEqual(["占道率超过 30% 的摊位"]);
    expect((await fx.as("coordinator").tasks.count({ text: "30%" })).total).toBe(1);
  });

  it("finds assessment standards by a text with _ in it", async () => {
    const { systemId } = await createAssessmentSystem(db.prisma, {
      kind: "civilized_city",
      edition: 2021,
      standards: [
        { code: "A_1", points: 1, methods: ["field_inspection"] },
        { code: "AB1", points: 1, methods: ["field_inspection"] },
      ],
    });
    const tree = await fx.as("coordinator").assessmentSystems.tree({ systemId, text: "A_1" });
    expect(tree.standards.map((s) => s.code)).toEqual(["A_1"]);
  });
});
