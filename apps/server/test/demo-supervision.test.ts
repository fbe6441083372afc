// The demo city carries the supervision loop's people: every unit a head and a liaison, every
// user an address at example.org, the transport bureau's sites their on-site officer, and the
// open tasks of units with an officer — the overdue ones among them — an owner.
import { loadDemoData } from "@cw/db";
import { createTestDatabase, type TestDatabase } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./support/caller.ts";

const NOW = new Date("2026-11-20T04:00:00Z"); // 12:00 in Beijing

describe("the demo city's owners and contacts", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    await loadDemoData(db.prisma, NOW);
  });
  afterAll(() => db.destroy());

  it("gives every unit one head and a liaison, a user where the demo has one", async () => {
    const contacts = await db.prisma.unitContact.findMany({
      where: { unit: { code: { in: ["U01", "U02", "U04", "U05"] } } },
      orderBy: [{ unit: { code: "asc" } }, { role: "asc" }],
      select: {
        unit: { select: { code: true } },
        role: true,
        name: true,
        mobile: true,
        email: true,
        user: { select: { username: true } },
      },
    });
    expect(
      contacts.map((c) => [c.unit.code, c.role, c.name, c.mobile, c.email, c.user?.username]),
    ).toEqual([
      ["U01", "head", "刘建国", "13809130001", "head.u01@example.org", undefined],
      ["U01", "liaison", "文明办 张敏", null, null, "coordinator"],
      ["U02", "head", "周文华", "13809130003", "head.u02@example.org", undefined],
      ["U02", "liaison", "吴婷", "13809130004", "liaison.u02@example.org", undefined],
      ["U04", "head", "孙志刚", "13809130007", "head.u04@example.org", undefined],
      ["U04", "liaison", "交通运输局 联络员 赵磊", null, null, "officer"],
      ["U05", "head", "马永红", "13809130009", "head.u05@example.org", undefined],
      ["U05", "liaison", "市场监管局 联络员 陈静", null, null, "officer2"],
    ]);
    const heads = await db.prisma.unitContact.groupBy({ by: ["unitId", "role"], _count: true });
    expect(heads).toHaveLength(20); // ten units × (head, liaison)
    expect(heads.every((h) => h._count === 1)).toBe(true);
  });

  it("gives every demo user an address at example.org", async () => {
    const users = await db.prisma.user.findMany({
      orderBy: { username: "asc" },
      select: { username: true, email: true },
    });
    expect(users.map((u) => u.email)).toEqual([
      "admin@example.org",
      "coordinator@example.org",
      "inspector@example.org",
      "inspector2@example.org",
      "leader@example.org",
      "officer@example.org",
      "officer2@example.org",
    ]);
  });

  it("names an owner on the open dispatched tasks of units with an officer, overdue ones too", async () => {
    const officer = await db.prisma.user.findUniqueOrThrow({
      where: { username: "officer" },
      select: { id: true, role: true, unitId: true, displayName: true },
    });
    const asOfficer = callerFor(db, { ...officer, username: "officer", unitName: null }, NOW);
    const overdue = await asOfficer.tasks.list({ timing: "overdue", limit: 200 });
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(new Set(overdue.items.map((t) => t.ownerName))).toEqual(
      new Set(["交通运输局 联络员 赵磊"]),
    );
    const mine = await asOfficer.tasks.count({ mine: true, open: true });
    const open = await asOfficer.tasks.count({
      open: true,
      status: ["assigned", "in_progress", "submitted", "returned", "partly_fixed"],
    });
    expect(mine.total).toBe(open.total);
  });

  it("puts the transport bureau's officer on its sites, so a dispatch there suggests them", async () => {
    const sites = await db.prisma.site.findMany({
      where: { responsibleUnit: { code: "U04" } },
      select: {
        contactName: true,
        contactMobile: true,
        contactUser: { select: { username: true } },
      },
    });
    expect(sites.length).toBeGreaterThan(0);
    expect(
      sites.every((s) => s.contactUser?.username === "officer" && s.contactName === "赵磊"),
    ).toBe(true);
  });
});
