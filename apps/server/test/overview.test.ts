import { loadDemoData } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  DEMO_SITE_TYPES,
  DEMO_SITES,
  demoFindings,
  findingRecords,
  siteRecord,
  siteTypeRecord,
  type TestDatabase,
  testEngines,
  unitRecord,
} from "@cw/db/testing";
import { dueAtFor, isOpenStatus, isOverdue } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "../src/context.ts";
import { createCaller } from "../src/router.ts";

const NOW = new Date("2026-11-20T04:00:00Z"); // 12:00 in Beijing

/**
 * The headline numbers and open findings by site type, read from the dashboard's tiles and
 * breakdown (the overview's first summary procedure was folded into them).
 */
async function summaryOf(caller: ReturnType<typeof createCaller>) {
  const [tiles, breakdown] = await Promise.all([
    caller.overview.tiles(),
    caller.overview.breakdown(),
  ]);
  return {
    siteCount: tiles.siteCount,
    openFindings: tiles.openFindings,
    overdueFindings: tiles.overdueFindings,
    openBySiteType: breakdown.bySiteType.map((r) => ({
      siteTypeCode: r.code,
      siteTypeName: r.name,
      open: r.open,
      overdue: r.overdue,
    })),
  };
}

describe.each(testEngines())("overview on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(() => db.destroy());

  it("counts the demo city's sites, open and overdue findings like the domain rule does", async () => {
    const result = await loadDemoData(db.prisma, NOW);
    expect(result).toMatchObject({ loaded: true, sites: 10 });

    const leader = await createTestUser(db.prisma, "leader");
    const summary = await summaryOf(createCaller(callerContext(db, leader, { now: () => NOW })));

    const findings = demoFindings(NOW).map((f) => ({
      ...f,
      dueAt: f.deadline ? dueAtFor(f.deadline) : null,
    }));
    const open = findings.filter((f) => isOpenStatus(f.status));
    const overdue = findings.filter((f) => isOverdue(f, NOW));
    expect(overdue.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(overdue.length);
    expect(summary.siteCount).toBe(DEMO_SITES.length);
    expect(summary.openFindings).toBe(open.length);
    expect(summary.overdueFindings).toBe(overdue.length);

    // By site type: the same two numbers per type, and they add up to the totals.
    const typeOf = new Map(DEMO_SITES.map((s) => [s.code, s.type]));
    for (const type of DEMO_SITE_TYPES) {
      const row = summary.openBySiteType.find((r) => r.siteTypeCode === type.code);
      const expectedOpen = open.filter((f) => typeOf.get(f.siteCode) === type.code).length;
      const expectedOverdue = overdue.filter((f) => typeOf.get(f.siteCode) === type.code).length;
      expect(row?.open ?? 0, type.code).toBe(expectedOpen);
      expect(row?.overdue ?? 0, type.code).toBe(expectedOverdue);
    }
    const sum = (k: "open" | "overdue") => summary.openBySiteType.reduce((n, r) => n + r[k], 0);
    expect(sum("open")).toBe(summary.openFindings);
    expect(sum("overdue")).toBe(summary.overdueFindings);
  });

  it("loads the demo city once: a second start neither duplicates nor wipes", async () => {
    const before = await db.prisma.finding.count();
    const again = await loadDemoData(db.prisma, NOW);
    expect(again.loaded).toBe(false);
    expect(await db.prisma.finding.count()).toBe(before);
    expect(await db.prisma.site.count()).toBe(DEMO_SITES.length);
  });
});

describe.each(testEngines())("the overdue boundary in SQL on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(() => db.destroy());

  it("turns overdue at 00:00 Beijing time after the deadline day, not a millisecond before", async () => {
    const unit = unitRecord();
    const type = siteTypeRecord({ code: "market", name: "农贸市场" });
    const site = siteRecord({ siteTypeId: type.id, responsibleUnitId: unit.id });
    await db.prisma.responsibleUnit.create({ data: unit });
    await db.prisma.siteType.create({ data: type });
    await db.prisma.site.create({ data: site });
    const records = [
      findingRecords({ siteId: site.id, status: "in_progress", deadline: "2026-03-10" }),
      findingRecords({ siteId: site.id, status: "assigned", deadline: "2026-03-11" }),
      findingRecords({ siteId: site.id, status: "closed", deadline: "2026-03-01" }),
      findingRecords({ siteId: site.id, status: "new", deadline: null }),
    ];
    await db.prisma.finding.createMany({ data: records.map((r) => r.finding) });
    await db.prisma.rectificationTask.createMany({ data: records.map((r) => r.task) });
    const leader = await createTestUser(db.prisma, "leader");
    const at = (iso: string) =>
      summaryOf(createCaller(callerContext(db, leader, { now: () => new Date(iso) })));

    const lastMomentOfDeadline = await at("2026-03-10T15:59:59.999Z");
    expect(lastMomentOfDeadline.openFindings).toBe(3);
    expect(lastMomentOfDeadline.overdueFindings).toBe(0);

    const nextDay = await at("2026-03-10T16:00:00.000Z");
    expect(nextDay.overdueFindings).toBe(1);
    expect(nextDay.openBySiteType).toEqual([
      { siteTypeCode: "market", siteTypeName: "农贸市场", open: 3, overdue: 1 },
    ]);

    const twoDaysOn = await at("2026-03-12T00:00:00.000Z");
    expect(twoDaysOn.overdueFindings).toBe(2);
  });
});
