import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { ROLES } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AdminFixture,
  adminFixture,
  auditEvents,
  onlyAdmin,
  rejects,
} from "./support/admin-fixture.ts";

const MISSING = "00000000-0000-4000-8000-000000000000";

describe.each(testEngines())("admin: units and grids on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
  });
  afterAll(() => db.destroy());

  it("lets every role read units and grids, and only admins change them", async () => {
    for (const role of ROLES) {
      expect((await fx.as(role).units.list()).length).toBeGreaterThan(0);
      await fx.as(role).grids.list();
    }
    await rejects(fx.anonymous.units.list(), "UNAUTHORIZED");
    const before = await db.prisma.responsibleUnit.count();
    await onlyAdmin(fx, (c) => c.units.create({ code: "NOPE", name: "不应创建", kind: "bureau" }));
    await onlyAdmin(fx, (c) => c.units.update({ id: fx.unitId, name: "改名" }));
    await onlyAdmin(fx, (c) => c.grids.create({ code: "G-NOPE", name: "不应创建" }));
    expect(await db.prisma.responsibleUnit.count()).toBe(before);
    expect(await db.prisma.grid.count()).toBe(0);
  });

  it("creates a unit tree with contacts, audited, and lists it", async () => {
    const admin = fx.as("admin");
    const district = await admin.units.create({
      code: "D01",
      name: "华阴市城区",
      kind: "district",
    });
    const street = await admin.units.create({
      code: "D01-S1",
      name: "太华路街道办事处",
      kind: "street_office",
      parentId: district.id,
      contacts: [
        { role: "head", name: "王主任", mobile: "13909131234" },
        { role: "liaison", name: "李联络员", mobile: "", email: "li@example.org" },
      ],
    });
    const contacts = [
      { role: "head", name: "王主任", mobile: "13909131234", email: null, userId: null },
      { role: "liaison", name: "李联络员", mobile: null, email: "li@example.org", userId: null },
    ];
    expect(street).toMatchObject({ parentId: district.id, contacts });

    const listed = (await fx.as("leader").units.list()).find((u) => u.id === street.id);
    expect(listed).toMatchObject({ code: "D01-S1", parentId: district.id, contacts });

    const [event] = await auditEvents(db, "responsible_unit", street.id);
    expect(event).toMatchObject({ action: "create", actorId: fx.actors.admin.id, before: null });
    expect(event?.after).toMatchObject({ code: "D01-S1", parentId: district.id });
  });

  it("refuses a duplicate code with the field named, and writes nothing", async () => {
    const events = (await auditEvents(db, "responsible_unit")).length;
    const error = await rejects(
      fx.as("admin").units.create({ code: "D01", name: "重复", kind: "bureau" }),
      "CONFLICT",
    );
    expect(error?.key).toBe("error.duplicate");
    expect(error?.fields).toEqual({ code: "error.duplicate" });
    expect(error?.params).toEqual({ field: "code" });
    expect((await auditEvents(db, "responsible_unit")).length).toBe(events);
  });

  it("refuses to make a unit its own ancestor", async () => {
    const admin = fx.as("admin");
    const units = await admin.units.list();
    const district = units.find((u) => u.code === "D01");
    const street = units.find((u) => u.code === "D01-S1");
    if (!district || !street) throw new Error("tree missing");
    for (const parentId of [district.id, street.id]) {
      const error = await rejects(admin.units.update({ id: district.id, parentId }), "BAD_REQUEST");
      expect(error?.key).toBe("admin.parent_cycle");
      expect(error?.fields).toEqual({ parentId: "admin.parent_cycle" });
    }
    const after = await db.prisma.responsibleUnit.findUniqueOrThrow({ where: { id: district.id } });
    expect(after.parentId).toBeNull();
  });

  it("updates and deactivates a unit with before and after in the audit trail", async () => {
    const admin = fx.as("admin");
    const unit = await admin.units.create({ code: "B02", name: "市文旅局", kind: "bureau" });
    await admin.units.update({
      id: unit.id,
      name: "市文化和旅游局",
      contacts: [{ role: "head", name: "赵局长" }],
    });
    const off = await admin.units.update({ id: unit.id, active: false });
    expect(off.active).toBe(false);
    expect((await admin.units.list({ active: true })).some((u) => u.id === unit.id)).toBe(false);

    const [, renamed, deactivated] = await auditEvents(db, "responsible_unit", unit.id);
    expect(renamed).toMatchObject({ action: "update" });
    expect(renamed?.before).toMatchObject({ name: "市文旅局", contacts: [] });
    expect(renamed?.after).toMatchObject({
      name: "市文化和旅游局",
      contacts: [{ role: "head", name: "赵局长" }],
    });
    expect(deactivated).toMatchObject({ action: "deactivate" });
    expect(deactivated?.before).toMatchObject({ active: true });
    expect(deactivated?.after).toMatchObject({ active: false });
  });

  it("answers NOT_FOUND for an unknown unit and BAD_REQUEST for an unknown parent", async () => {
    const admin = fx.as("admin");
    const missing = await rejects(admin.units.update({ id: MISSING, name: "无" }), "NOT_FOUND");
    expect(missing?.key).toBe("error.not_found");
    const noParent = await rejects(
      admin.units.create({ code: "X1", name: "孤儿", kind: "other", parentId: MISSING }),
      "BAD_REQUEST",
    );
    expect(noParent?.fields).toEqual({ parentId: "error.reference_missing" });
    await rejects(
      admin.units.create({ code: "带空格 code", name: "x", kind: "other" }),
      "BAD_REQUEST",
    );
  });

  it("manages grids: create, list by unit, rename, duplicates and unknown ids", async () => {
    const admin = fx.as("admin");
    const grid = await admin.grids.create({ code: "G01", name: "第一网格", unitId: fx.unitId });
    await admin.grids.create({ code: "G02", name: "第二网格" });
    expect(await fx.as("inspector").grids.list({ unitId: fx.unitId })).toEqual([
      {
        id: grid.id,
        code: "G01",
        name: "第一网格",
        unitId: fx.unitId,
        unitName: "测试街道办",
        siteCount: 0,
      },
    ]);
    const renamed = await admin.grids.update({ id: grid.id, name: "一号网格" });
    expect(renamed.name).toBe("一号网格");
    const [, update] = await auditEvents(db, "grid", grid.id);
    expect(update?.before).toMatchObject({ name: "第一网格" });
    expect(update?.after).toMatchObject({ name: "一号网格" });

    const dup = await rejects(admin.grids.update({ id: grid.id, code: "G02" }), "CONFLICT");
    expect(dup?.fields).toEqual({ code: "error.duplicate" });
    await rejects(admin.grids.update({ id: MISSING, name: "无" }), "NOT_FOUND");
    const badUnit = await rejects(
      admin.grids.create({ code: "G03", name: "无单位", unitId: MISSING }),
      "BAD_REQUEST",
    );
    expect(badUnit?.fields).toEqual({ unitId: "error.reference_missing" });
  });
});
