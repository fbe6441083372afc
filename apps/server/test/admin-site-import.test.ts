import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "../src/context.ts";
import { createCaller } from "../src/router.ts";
import { type AdminFixture, adminFixture, NOW, onlyAdmin } from "./support/admin-fixture.ts";
import { csvBase64, xlsxBase64 } from "./support/survey-fixture.ts";

const HEADER = ["编号", "名称", "点位类型", "地址", "纬度", "经度", "责任单位", "网格", "重点点位"];

describe.each(testEngines())("admin: site import on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  const counts = async () => ({
    sites: await db.prisma.site.count(),
    audits: await db.prisma.auditEvent.count({ where: { entityType: "site_import" } }),
  });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
    const admin = fx.as("admin");
    const market = await admin.siteTypes.create({ code: "market", name: "农贸市场" });
    await admin.units.create({ code: "U-TRANS", name: "市交通运输局", kind: "bureau" });
    await admin.grids.create({ code: "G1", name: "一号网格", unitId: fx.unitId });
    // One site already there: the import must update it in place, not add a second.
    await admin.sites.create({
      code: "S01",
      name: "旧名称",
      siteTypeId: market.id,
      address: "旧地址",
      latitude: 34.5,
      longitude: 110.1,
      responsibleUnitId: fx.unitId,
    });
  });
  afterAll(() => db.destroy());

  it("writes nothing from a file with errors and reports each row and column", async () => {
    const before = await counts();
    const bad = [
      HEADER,
      ["S02", "菜市场二", "market", "太华路2号", "34.56", "110.09", "U-TRANS", "", "是"], // fine
      ["S 03", "", "农贸市场", "太华路3号", "北纬", "110.09", "FIX-UNIT", "", "否"], // code, name, lat
      ["S04", "车站", "bus", "太华路4号", "34.5", "190", "无此单位", "G9", "也许"], // five problems
      ["S02", "重复", "market", "太华路5号", "34.5", "110", "U-TRANS", "", ""], // repeats row 2
    ];
    const result = await fx.as("admin").sites.import({ format: "csv", content: csvBase64(bad) });
    expect(result.ok).toBe(false);
    const where = result.ok ? [] : result.errors.map((e) => [e.row, e.column]);
    expect(where).toEqual([
      [3, "编号"],
      [3, "名称"],
      [3, "纬度"],
      [4, "点位类型"],
      [4, "经度"],
      [4, "责任单位"],
      [4, "网格"],
      [4, "重点点位"],
      [5, "编号"],
    ]);
    const messages = result.ok ? [] : result.errors.map((e) => e.message);
    expect(messages[2]).toBe("“北纬”不是数字。");
    expect(messages[5]).toBe("找不到“无此单位”。");
    expect(messages[8]).toBe("编号“S02”与第 2 行重复。");
    expect(await counts()).toEqual(before);

    // The same problems in English for a user who chose it.
    const en = createCaller(callerContext(db, fx.actors.admin, { now: () => NOW, locale: "en" }));
    const english = await en.sites.import({ format: "csv", content: csvBase64(bad) });
    expect(english.ok ? [] : english.errors[2]?.message).toBe('"北纬" is not a number.');
  });

  it("reports a missing column on the header row", async () => {
    const result = await fx.as("admin").sites.import({
      format: "csv",
      content: csvBase64([HEADER.slice(0, 4), ["S09", "x", "market", "y"]]),
    });
    expect(result).toMatchObject({ ok: false, errors: [{ row: 1, column: "纬度" }, {}, {}] });
  });

  it("creates new codes and updates existing ones exactly, with one audit event", async () => {
    const before = await counts();
    const content = await xlsxBase64([
      HEADER,
      [
        "S01",
        "华山客运中心",
        "农贸市场",
        "玉泉路1号",
        34.565812,
        110.092123,
        "市交通运输局",
        "G1",
        "是",
      ],
      ["S02", "岳庙菜市场", "market", "岳庙街道8号", 34.57, 110.08, "FIX-UNIT", "", "否"],
      ["S03", "西岳广场", "market", "太华路3号", 34.58, 110.07, "U-TRANS", "一号网格", ""],
    ]);
    const result = await fx
      .as("admin")
      .sites.import({ format: "xlsx", content, fileName: "点位.xlsx" });
    expect(result).toEqual({ ok: true, created: 2, updated: 1 });
    expect(await counts()).toEqual({ sites: before.sites + 2, audits: before.audits + 1 });

    const sites = await db.prisma.site.findMany({
      orderBy: { code: "asc" },
      include: { responsibleUnit: true, grid: true },
    });
    expect(
      sites.map((s) => [
        s.code,
        s.name,
        s.address,
        s.latitude.toString(),
        s.responsibleUnit.code,
        s.grid?.code ?? null,
        s.isKeySite,
      ]),
    ).toEqual([
      ["S01", "华山客运中心", "玉泉路1号", "34.565812", "U-TRANS", "G1", true],
      ["S02", "岳庙菜市场", "岳庙街道8号", "34.57", "FIX-UNIT", null, false],
      ["S03", "西岳广场", "太华路3号", "34.58", "U-TRANS", "G1", false],
    ]);
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "site_import" },
    });
    expect(event.after).toMatchObject({
      fileName: "点位.xlsx",
      created: ["S02", "S03"],
      updated: ["S01"],
    });
  });

  it("refuses every role but admin", async () => {
    const content = csvBase64([HEADER]);
    await onlyAdmin(fx, (c) => c.sites.import({ format: "csv", content }));
  });
});
