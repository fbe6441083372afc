import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { ROLES } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AdminFixture,
  adminFixture,
  allPages,
  auditEvents,
  type Caller,
  onlyAdmin,
  rejects,
} from "./support/admin-fixture.ts";

const MISSING = "00000000-0000-4000-8000-000000000000";

describe.each(testEngines())("admin: site types and sites on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  let market: string;
  let station: string;
  let gridId: string;
  let otherUnit: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
  });
  afterAll(() => db.destroy());

  it("manages site types; only admins change them, everyone reads them", async () => {
    const admin = fx.as("admin");
    market = (await admin.siteTypes.create({ code: "market", name: "农贸市场", sortOrder: 2 })).id;
    station = (await admin.siteTypes.create({ code: "bus_station", name: "长途汽车站" })).id;
    const dup = await rejects(admin.siteTypes.create({ code: "market", name: "重复" }), "CONFLICT");
    expect(dup?.fields).toEqual({ code: "error.duplicate" });
    await onlyAdmin(fx, (c) => c.siteTypes.create({ code: "nope", name: "不应创建" }));
    await onlyAdmin(fx, (c) => c.siteTypes.update({ id: market, name: "改名" }));
    for (const role of ROLES) expect(await fx.as(role).siteTypes.list()).toHaveLength(2);
    await rejects(admin.siteTypes.update({ id: MISSING, name: "无" }), "NOT_FOUND");

    const renamed = await admin.siteTypes.update({ id: market, name: "集贸市场" });
    expect(renamed).toMatchObject({ name: "集贸市场", siteCount: 0 });
    const [, update] = await auditEvents(db, "site_type", market);
    expect(update?.before).toMatchObject({ name: "农贸市场" });
    expect(update?.after).toMatchObject({ name: "集贸市场" });
  });

  it("creates sites with coordinates kept to six places, audited", async () => {
    const admin = fx.as("admin");
    otherUnit = (
      await admin.units.create({ code: "U-TRANS", name: "市交通运输局", kind: "bureau" })
    ).id;
    gridId = (await admin.grids.create({ code: "G1", name: "一号网格", unitId: fx.unitId })).id;
    // Twelve sites, created out of code order, spread over types, units, grids and flags.
    for (const n of [7, 3, 11, 1, 12, 5, 9, 2, 10, 4, 8, 6]) {
      const code = `S${String(n).padStart(2, "0")}`;
      await admin.sites.create({
        code,
        name: n % 2 ? `菜市场${n}` : `汽车站${n}`,
        siteTypeId: n % 2 ? market : station,
        address: n === 4 ? "岳庙街道玉泉路8号" : `太华路${n}号`,
        latitude: 34.565812 + n / 1000,
        longitude: 110.092123,
        responsibleUnitId: n <= 6 ? fx.unitId : otherUnit,
        gridId: n <= 4 ? gridId : null,
        isKeySite: n % 3 === 0,
      });
    }
    const s01 = await db.prisma.site.findUniqueOrThrow({ where: { code: "S01" } });
    expect(s01.latitude.toString()).toBe("34.566812");
    const [event] = await auditEvents(db, "site", s01.id);
    expect(event).toMatchObject({ action: "create", before: null });
    expect(event?.after).toMatchObject({ code: "S01", latitude: 34.566812, longitude: 110.092123 });
    const types = await fx.as("leader").siteTypes.list();
    expect(types.map((t) => [t.code, t.siteCount])).toEqual([
      ["bus_station", 6],
      ["market", 6],
    ]);
  });

  it("pages through all sites in code order with no duplicates or gaps", async () => {
    const pages = await allPages(fx.as("inspector"), { limit: 5 });
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
    const codes = pages.flat().map((s) => s.code);
    expect(codes).toEqual(
      Array.from({ length: 12 }, (_, i) => `S${String(i + 1).padStart(2, "0")}`),
    );
    expect(new Set(pages.flat().map((s) => s.id)).size).toBe(12);
    expect(pages[0]?.[0]).toMatchObject({
      siteTypeName: "集贸市场",
      responsibleUnitName: "测试街道办",
      gridName: "一号网格",
      latitude: 34.566812,
    });
  });

  it("filters in the database by unit, type, grid, key-site flag, active and text", async () => {
    const c = fx.as("unit_officer");
    const codes = async (filter: Parameters<Caller["sites"]["list"]>[0]) =>
      (await allPages(c, { ...filter, limit: 2 })).flat().map((s) => s.code);
    expect(await codes({ unitId: fx.unitId })).toEqual(["S01", "S02", "S03", "S04", "S05", "S06"]);
    expect(await codes({ siteTypeId: station, unitId: otherUnit })).toEqual(["S08", "S10", "S12"]);
    expect(await codes({ gridId })).toEqual(["S01", "S02", "S03", "S04"]);
    expect(await codes({ isKeySite: true })).toEqual(["S03", "S06", "S09", "S12"]);
    expect(await codes({ text: "玉泉路" })).toEqual(["S04"]);
    expect(await codes({ text: "s1" })).toEqual(["S10", "S11", "S12"]);
    expect(await codes({ text: "菜市场1" })).toEqual(["S01", "S11"]);

    const s05 = await db.prisma.site.findUniqueOrThrow({ where: { code: "S05" } });
    await fx.as("admin").sites.update({ id: s05.id, active: false });
    expect(await codes({ unitId: fx.unitId, active: true })).toEqual([
      "S01",
      "S02",
      "S03",
      "S04",
      "S06",
    ]);
    expect(await codes({ active: false })).toEqual(["S05"]);
    const [, deactivated] = await auditEvents(db, "site", s05.id);
    expect(deactivated).toMatchObject({ action: "deactivate" });
    await rejects(c.sites.list({ cursor: "garbage" }), "BAD_REQUEST");
  });

  it("refuses coordinates out of range and writes nothing", async () => {
    const admin = fx.as("admin");
    const sites = await db.prisma.site.count();
    const events = await db.prisma.auditEvent.count();
    const base = {
      code: "S99",
      name: "越界",
      siteTypeId: market,
      address: "无",
      responsibleUnitId: fx.unitId,
    };
    await rejects(admin.sites.create({ ...base, latitude: 91, longitude: 110 }), "BAD_REQUEST");
    await rejects(admin.sites.create({ ...base, latitude: 34, longitude: -180.5 }), "BAD_REQUEST");
    const s01 = await db.prisma.site.findUniqueOrThrow({ where: { code: "S01" } });
    await rejects(admin.sites.update({ id: s01.id, latitude: -90.01 }), "BAD_REQUEST");
    expect(await db.prisma.site.count()).toBe(sites);
    expect(await db.prisma.auditEvent.count()).toBe(events);
    const after = await db.prisma.site.findUniqueOrThrow({ where: { id: s01.id } });
    expect(after.latitude.toString()).toBe(s01.latitude.toString());
  });

  it("refuses duplicate codes, unknown references and unknown ids", async () => {
    const admin = fx.as("admin");
    const base = { name: "点位", address: "地址", latitude: 34.5, longitude: 110.1 };
    const dup = await rejects(
      admin.sites.create({
        ...base,
        code: "S01",
        siteTypeId: market,
        responsibleUnitId: fx.unitId,
      }),
      "CONFLICT",
    );
    expect(dup?.fields).toEqual({ code: "error.duplicate" });
    const badType = await rejects(
      admin.sites.create({
        ...base,
        code: "S98",
        siteTypeId: MISSING,
        responsibleUnitId: fx.unitId,
      }),
      "BAD_REQUEST",
    );
    expect(badType?.fields).toEqual({ siteTypeId: "error.reference_missing" });
    await rejects(admin.sites.update({ id: MISSING, name: "无" }), "NOT_FOUND");
    await rejects(fx.as("leader").sites.get({ id: MISSING }), "NOT_FOUND");
    await onlyAdmin(fx, (c) =>
      c.sites.create({ ...base, code: "S97", siteTypeId: market, responsibleUnitId: fx.unitId }),
    );
    expect(await db.prisma.site.count({ where: { code: { in: ["S97", "S98"] } } })).toBe(0);
  });

  it("moves a site to another unit and grid with before and after audited", async () => {
    const s02 = await db.prisma.site.findUniqueOrThrow({ where: { code: "S02" } });
    const moved = await fx.as("admin").sites.update({
      id: s02.id,
      responsibleUnitId: otherUnit,
      gridId: null,
      latitude: 34.6,
    });
    expect(moved).toMatchObject({
      responsibleUnitName: "市交通运输局",
      gridId: null,
      latitude: 34.6,
    });
    const events = await auditEvents(db, "site", s02.id);
    expect(events.at(-1)?.before).toMatchObject({ responsibleUnitId: fx.unitId, gridId });
    expect(events.at(-1)?.after).toMatchObject({
      responsibleUnitId: otherUnit,
      gridId: null,
      latitude: 34.6,
    });
    expect(await fx.as("leader").sites.get({ id: s02.id })).toEqual(moved);
  });
});
