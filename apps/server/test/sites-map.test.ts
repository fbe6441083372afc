// sites.map colours each site by its worst open task. The colours are grouped in SQL with the
// task list's own warning filters, so here every count is checked against tasks.count for
// the same site and colour, and against the domain's in-memory warningLevel.
import { loadCalendar, loadSettings, type SignedInUser } from "@cw/db";
import { createTestDatabase, createTestUser, type TestDatabase, testEngines } from "@cw/db/testing";
import {
  dueSoonCriteria,
  OPEN_FINDING_STATUSES,
  type SiteMapPoint,
  unclaimedCriteria,
  WARNING_LEVELS,
  warningLevel,
} from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";
import { NOW, seedTaskList, type TaskListFixture } from "./support/task-list-fixture.ts";

describe.each(testEngines())("sites.map on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskListFixture;
  let leader: SignedInUser;
  let points: SiteMapPoint[];

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await seedTaskList(db.prisma);
    leader = await createTestUser(db.prisma, "leader");
    points = await callerFor(db, leader, NOW).sites.map({});
  });
  afterAll(() => db?.close());

  it("lists every active site with its coordinates", () => {
    expect(points.map((p) => p.id).sort()).toEqual([...f.siteIds].sort());
    for (const p of points) expect(Number.isFinite(p.latitude + p.longitude)).toBe(true);
  });

  it("counts each colour exactly as the task list filters it", async () => {
    const caller = callerFor(db, leader, NOW);
    for (const p of points) {
      expect(p.open).toBe((await caller.tasks.count({ siteId: p.id, open: true })).total);
      for (const level of WARNING_LEVELS)
        expect(p[level], `${p.name} ${level}`).toBe(
          (await caller.tasks.count({ siteId: p.id, warning: level })).total,
        );
    }
  });

  it("names the worst colour the domain gives any of the site's open tasks", async () => {
    const settings = await loadSettings(db.prisma);
    const dueSoon = dueSoonCriteria(
      NOW,
      await loadCalendar(db.prisma),
      settings.dueSoonWorkingDays,
    );
    const unclaimed = unclaimedCriteria(NOW, settings.unclaimedAfterHours);
    const open = new Set<string>(OPEN_FINDING_STATUSES);
    for (const p of points) {
      const levels = f.tasks
        .filter((t) => t.siteId === p.id && open.has(t.status))
        .map((t) => warningLevel(t, NOW, dueSoon, unclaimed));
      const worst = WARNING_LEVELS.find((level) => levels.includes(level)) ?? null;
      expect(p.worst, p.name).toBe(worst);
    }
    expect(points.some((p) => p.worst === "red")).toBe(true);
  });

  it("filters by responsible unit and site type", async () => {
    const caller = callerFor(db, leader, NOW);
    const ofUnit = await caller.sites.map({ unitId: f.unitA });
    expect(ofUnit.length).toBe(2);
    expect(ofUnit.every((p) => p.unitId === f.unitA)).toBe(true);
    const ofType = await caller.sites.map({ siteTypeId: f.market });
    expect(ofType.every((p) => p.siteTypeId === f.market)).toBe(true);
    expect(ofType.length).toBe(2);
  });

  it("is closed to unit officers, like the other dashboards", async () => {
    const officer = await createTestUser(db.prisma, "unit_officer", f.unitA);
    expect(await codeOf(callerFor(db, officer, NOW).sites.map({}))).toBe("FORBIDDEN");
  });
});
