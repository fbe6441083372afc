// A unit's head and liaisons, kept in the admin units screen: users of the unit or contacts
// with a validated mobile number and email; one head; contacts left out are retired, not
// deleted. Users carry an email and the language the server writes to them in; sites an on-site contact.
import { createTestDatabase, createTestUser, type TestDatabase, testEngines } from "@cw/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminFixture, adminFixture, auditEvents, rejects } from "./support/admin-fixture.ts";

/** The per-field messages of an input the schema refused, as [path, message key]. */
async function inputIssues(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const issues = ((error as TRPCError).cause as { issues?: { path: unknown[]; message: string }[] })
    .issues;
  return (issues ?? []).map((i) => [i.path.join("."), i.message]);
}

describe.each(testEngines())("admin: unit contacts and user email on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
  });
  afterAll(() => db.destroy());

  it("refuses a bad mobile number and email with a message on each field", async () => {
    expect(
      await inputIssues(
        fx.as("admin").units.create({
          code: "C01",
          name: "市卫健委",
          kind: "bureau",
          contacts: [
            { role: "head", name: "周主任", mobile: "0913-123" },
            { role: "liaison", name: "吴联络", email: "not-an-email" },
            { role: "liaison", mobile: "13800000000" },
          ],
        }),
      ),
    ).toEqual([
      ["contacts.0.mobile", "field.invalid_mobile"],
      ["contacts.1.email", "field.invalid_email"],
      ["contacts.2.name", "field.required"],
    ]);
  });

  it("keeps one head, and a contact who is a user must be a user of the unit", async () => {
    const admin = fx.as("admin");
    const twoHeads = await rejects(
      admin.units.update({
        id: fx.unitId,
        contacts: [
          { role: "head", name: "甲" },
          { role: "head", name: "乙" },
        ],
      }),
      "BAD_REQUEST",
    );
    expect(twoHeads?.fields).toEqual({ contacts: "unit.one_head" });
    const outsider = await rejects(
      admin.units.update({
        id: fx.unitId,
        contacts: [{ role: "liaison", userId: fx.actors.inspector.id }],
      }),
      "BAD_REQUEST",
    );
    expect(outsider?.fields).toEqual({ "contacts.0.userId": "unit.contact_not_of_unit" });
    expect(await db.prisma.unitContact.count({ where: { unitId: fx.unitId } })).toBe(0);
  });

  it("stores a user liaison under their name, updates kept contacts and retires the rest", async () => {
    const admin = fx.as("admin");
    const officer = fx.actors.unit_officer;
    await db.prisma.user.update({ where: { id: officer.id }, data: { displayName: "赵联络" } });
    const first = await admin.units.update({
      id: fx.unitId,
      contacts: [
        { role: "head", name: "钱主任", mobile: "13909130001", wecomId: "qian.zr" },
        { role: "liaison", userId: officer.id },
        { role: "liaison", name: "孙联络", dingtalkId: "sun-ll" },
      ],
    });
    expect(
      first.contacts.map((c) => [c.role, c.name, c.userId, c.mobile, c.wecomId, c.dingtalkId]),
    ).toEqual([
      ["head", "钱主任", null, "13909130001", "qian.zr", null],
      ["liaison", "赵联络", officer.id, null, null, null],
      ["liaison", "孙联络", null, null, null, "sun-ll"],
    ]);
    const [head, userLiaison] = first.contacts;
    const second = await admin.units.update({
      id: fx.unitId,
      contacts: [
        { id: head?.id, role: "head", name: "钱主任", mobile: "13909130009" },
        { id: userLiaison?.id, role: "liaison", userId: officer.id, name: "赵联络" },
      ],
    });
    expect(second.contacts.map((c) => [c.id, c.name, c.mobile])).toEqual([
      [head?.id, "钱主任", "13909130009"],
      [userLiaison?.id, "赵联络", null],
    ]);
    // 孙联络 is retired, not deleted: notifications sent to them keep their recipient.
    expect(
      await db.prisma.unitContact.findMany({
        where: { unitId: fx.unitId, active: false },
        select: { name: true },
      }),
    ).toEqual([{ name: "孙联络" }]);
    const events = await auditEvents(db, "responsible_unit", fx.unitId);
    expect(
      (events.at(-1)?.after as { contacts?: { name: string }[] } | undefined)?.contacts?.map(
        (c) => c.name,
      ),
    ).toEqual(["钱主任", "赵联络"]);
  });

  it("keeps a user's email and language, validated, and leaves them when not sent", async () => {
    const admin = fx.as("admin");
    const user = await createTestUser(db.prisma, "inspector", null, "mail-user");
    expect(await inputIssues(admin.users.update({ id: user.id, email: "zhang@" }))).toEqual([
      ["email", "field.invalid_email"],
    ]);
    const set = await admin.users.update({ id: user.id, email: "zhang@example.org", locale: "en" });
    expect([set.email, set.locale]).toEqual(["zhang@example.org", "en"]);
    const renamed = await admin.users.update({ id: user.id, displayName: "张督查" });
    expect([renamed.email, renamed.locale]).toEqual(["zhang@example.org", "en"]);
    const cleared = await admin.users.update({ id: user.id, email: "" });
    expect(cleared.email).toBeNull();
  });
});

describe.each(testEngines())("admin: a site's on-site contact on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
  });
  afterAll(() => db.destroy());

  it("keeps the 包保责任人's name, mobile and account, validated", async () => {
    const admin = fx.as("admin");
    const type = await admin.siteTypes.create({ code: "market", name: "农贸市场" });
    const base = {
      code: "S-C1",
      name: "东关农贸市场",
      siteTypeId: type.id,
      address: "东关路1号",
      latitude: 34.56,
      longitude: 110.09,
      responsibleUnitId: fx.unitId,
    };
    expect(await inputIssues(admin.sites.create({ ...base, contactMobile: "12345" }))).toEqual([
      ["contactMobile", "field.invalid_mobile"],
    ]);
    const unknown = await rejects(
      admin.sites.create({ ...base, contactUserId: "00000000-0000-4000-8000-000000000000" }),
      "BAD_REQUEST",
    );
    expect(unknown?.fields).toEqual({ contactUserId: "error.reference_missing" });
    const officer = fx.actors.unit_officer;
    await db.prisma.user.update({ where: { id: officer.id }, data: { displayName: "赵磊" } });
    const site = await admin.sites.create({
      ...base,
      contactName: "赵磊",
      contactMobile: "13909130004",
      contactUserId: officer.id,
    });
    expect([site.contactName, site.contactMobile, site.contactUserName]).toEqual([
      "赵磊",
      "13909130004",
      "赵磊",
    ]);
    const cleared = await admin.sites.update({ id: site.id, contactUserId: null, contactName: "" });
    expect([cleared.contactName, cleared.contactMobile, cleared.contactUserId]).toEqual([
      null,
      "13909130004",
      null,
    ]);
  });
});
