// inspections.today: the phone's find-or-create of the inspector's routine inspection of a
// site today, as one server step — two sends at once (a resend racing the first) make one.
import type { SignedInUser } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  siteRecord,
  siteTypeRecord,
  type TestDatabase,
  testEngines,
  unitRecord,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf, domainErrorOf } from "./support/caller.ts";

const MORNING = new Date("2026-09-30T01:00:00Z"); // 09:00 Beijing, 30 September
const EVENING = new Date("2026-09-30T15:30:00Z"); // 23:30 Beijing, still the 30th
const NEXT_DAY = new Date("2026-09-30T16:30:00Z"); // 00:30 Beijing, 1 October

describe.each(testEngines())("today's inspection on %s", (kind) => {
  let db: TestDatabase;
  let inspector: SignedInUser;
  let other: SignedInUser;
  let sites: string[];
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const unit = unitRecord();
    const type = siteTypeRecord();
    const records = ["东岳农贸市场", "华山客运站"].map((name) =>
      siteRecord({ siteTypeId: type.id, responsibleUnitId: unit.id }, { name }),
    );
    await db.prisma.responsibleUnit.create({ data: unit });
    await db.prisma.siteType.create({ data: type });
    await db.prisma.site.createMany({ data: records });
    sites = records.map((s) => s.id);
    inspector = await createTestUser(db.prisma, "inspector");
    other = await createTestUser(db.prisma, "inspector");
  });
  afterAll(() => db.destroy());

  const today = (user: SignedInUser, siteId: string, at: Date) =>
    callerFor(db, user, at).inspections.today({ siteId });

  it("creates one routine inspection even when two calls race, then finds it all day", async () => {
    const [a, b] = await Promise.all([
      today(inspector, sites[0] as string, MORNING),
      today(inspector, sites[0] as string, MORNING),
    ]);
    expect(a.id).toBe(b.id);
    expect(a).toMatchObject({
      code: "I20260930001",
      kind: "routine",
      date: "2026-09-30",
      members: [{ id: inspector.id }],
      sites: [{ id: sites[0], name: "东岳农贸市场" }],
      findingCount: 0,
    });
    expect((await today(inspector, sites[0] as string, EVENING)).id).toBe(a.id);
    expect(await db.prisma.inspection.count()).toBe(1);
    expect(
      await db.prisma.auditEvent.count({ where: { entityType: "inspection", action: "create" } }),
    ).toBe(1);
  });

  it("makes another one for another site, another inspector or another day", async () => {
    const first = await today(inspector, sites[0] as string, MORNING);
    const otherSite = await today(inspector, sites[1] as string, MORNING);
    const otherInspector = await today(other, sites[0] as string, MORNING);
    const nextDay = await today(inspector, sites[0] as string, NEXT_DAY);
    expect(new Set([first.id, otherSite.id, otherInspector.id, nextDay.id]).size).toBe(4);
    expect([otherSite.code, otherInspector.code, nextDay.code]).toEqual([
      "I20260930002",
      "I20260930003",
      "I20261001001",
    ]);
    expect(nextDay.date).toBe("2026-10-01");
  });

  it("refuses an unknown site and roles that do not inspect", async () => {
    const before = await db.prisma.inspection.count();
    expect(
      await domainErrorOf(today(inspector, "00000000-0000-4000-8000-000000000000", MORNING)),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { siteIds: "inspection.unknown_sites" } });
    const leader = await createTestUser(db.prisma, "leader");
    expect(await codeOf(today(leader, sites[0] as string, MORNING))).toBe("FORBIDDEN");
    expect(await db.prisma.inspection.count()).toBe(before);
  });
});
