// The grids screen's calls: create and rename a grid (admin-units.test.ts covers the fields),
// assign sites to it and take them out, each change audited per site, admins only.
import {
  createTestDatabase,
  siteRecord,
  siteTypeRecord,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AdminFixture,
  adminFixture,
  auditEvents,
  onlyAdmin,
  rejects,
} from "./support/admin-fixture.ts";

const MISSING = "00000000-0000-4000-8000-000000000000";

describe.each(testEngines())("admin: grids and their sites on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  let sites: Record<"A" | "B" | "C" | "Gone", string>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
    const type = siteTypeRecord({ name: "公交站台" });
    await db.prisma.siteType.create({ data: type });
    const site = (name: string, active = true) =>
      siteRecord({ siteTypeId: type.id, responsibleUnitId: fx.unitId }, { name, active });
    const rows = [site("华山站"), site("玉泉站"), site("岳庙站"), site("已撤站", false)];
    await db.prisma.site.createMany({ data: rows });
    const [A, B, C, Gone] = rows.map((r) => r.id) as [string, string, string, string];
    sites = { A, B, C, Gone };
  });
  afterAll(() => db.destroy());

  const gridOf = async (id: string) =>
    (await db.prisma.site.findUniqueOrThrow({ where: { id }, select: { gridId: true } })).gridId;

  it("assigns sites to a grid, moves them between grids, takes them out, with audit", async () => {
    const admin = fx.as("admin");
    const g1 = await admin.grids.create({ code: "G1", name: "岳庙网格" });
    const g2 = await admin.grids.create({ code: "G2", name: "玉泉网格" });
    await admin.grids.update({ id: g1.id, name: "岳庙街道一网格" });

    expect(
      await admin.grids.assignSites({ gridId: g1.id, siteIds: [sites.A, sites.B, sites.Gone] }),
    ).toEqual({ moved: 3 });
    // B moves to G2, C joins it; A stays in G1. Assigning again moves nothing.
    expect(await admin.grids.assignSites({ gridId: g2.id, siteIds: [sites.B, sites.C] })).toEqual({
      moved: 2,
    });
    expect(await admin.grids.assignSites({ gridId: g2.id, siteIds: [sites.C] })).toEqual({
      moved: 0,
    });
    // The list counts active sites only: G1 has A and the retired site → 1.
    const list = await fx.as("coordinator").grids.list();
    expect(list.map((g) => [g.code, g.name, g.siteCount])).toEqual([
      ["G1", "岳庙街道一网格", 1],
      ["G2", "玉泉网格", 2],
    ]);
    expect((await admin.sites.list({ gridId: g2.id })).items.map((s) => s.name).sort()).toEqual(
      ["岳庙站", "玉泉站"].sort(),
    );

    expect(await admin.grids.assignSites({ gridId: null, siteIds: [sites.C] })).toEqual({
      moved: 1,
    });
    expect(await gridOf(sites.C)).toBeNull();
    const events = await auditEvents(db, "site", sites.B);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["assign_grid", { gridId: null }, { gridId: g1.id }],
      ["assign_grid", { gridId: g1.id }, { gridId: g2.id }],
    ]);
    expect(events[0]?.actorId).toBe(fx.actors.admin.id);
  });

  it("refuses unknown grids and sites, changing nothing, and non-admins", async () => {
    const admin = fx.as("admin");
    const [g1] = await admin.grids.list();
    const before = await gridOf(sites.A);
    const badGrid = await rejects(
      admin.grids.assignSites({ gridId: MISSING, siteIds: [sites.A] }),
      "BAD_REQUEST",
    );
    expect(badGrid?.fields).toEqual({ gridId: "error.reference_missing" });
    const badSite = await rejects(
      admin.grids.assignSites({ gridId: null, siteIds: [sites.A, MISSING] }),
      "BAD_REQUEST",
    );
    expect(badSite?.fields).toEqual({ siteIds: "error.reference_missing" });
    expect(await gridOf(sites.A)).toBe(before);
    await rejects(admin.grids.assignSites({ gridId: null, siteIds: [] }), "BAD_REQUEST");
    await onlyAdmin(fx, (c) => c.grids.assignSites({ gridId: g1?.id ?? null, siteIds: [sites.A] }));
    await onlyAdmin(fx, (c) => c.grids.update({ id: g1?.id ?? MISSING, name: "改名" }));
  });
});
