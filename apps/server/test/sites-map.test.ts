// sites.map colours each site by its worst open task. The expected counts are worked out by
// hand from the task-list fixture's table (support/task-list-fixture.ts) and three more sites
// made here so that every worst colour, and none, occurs; an inactive site is left off.
import type { SignedInUser } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  findingRecords,
  siteRecord,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import type { SiteMapPoint } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";
import { NOW, seedTaskList, type TaskListFixture } from "./support/task-list-fixture.ts";

describe.each(testEngines())("sites.map on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskListFixture;
  let leader: SignedInUser;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await seedTaskList(db.prisma);
    leader = await createTestUser(db.prisma, "leader");
    const site = (name: string, active = true) =>
      siteRecord({ siteTypeId: f.station, responsibleUnitId: f.unitB }, { name, active });
    const sites = [site("西岳庙广场"), site("华山路口"), site("玉泉院"), site("已撤点位", false)];
    await db.prisma.site.createMany({ data: sites });
    const [blueOnly, yellowWorst, closedOnly, inactive] = sites.map((s) => s.id) as string[];
    const task = (
      siteId: string,
      status: "in_progress" | "returned" | "submitted" | "closed" | "cancelled",
      deadline: string | null,
    ) => findingRecords({ siteId, status, deadline, unitId: f.unitB });
    const records = [
      task(blueOnly as string, "in_progress", "2026-10-08"), // due soon: blue
      task(blueOnly as string, "closed", "2026-09-20"), // closed: no colour, not open
      task(yellowWorst as string, "returned", null), // sent back: yellow
      task(yellowWorst as string, "submitted", "2026-10-09"), // due soon: blue
      task(closedOnly as string, "closed", "2026-09-20"),
      task(closedOnly as string, "cancelled", "2026-09-29"),
      task(inactive as string, "in_progress", "2026-09-20"), // overdue, but the site is gone
    ];
    await db.prisma.finding.createMany({ data: records.map((r) => r.finding) });
    await db.prisma.rectificationTask.createMany({ data: records.map((r) => r.task) });
  });
  afterAll(() => db.destroy());

  const byName = (points: SiteMapPoint[]) =>
    Object.fromEntries(
      points.map((p) => [
        p.name,
        { open: p.open, red: p.red, yellow: p.yellow, blue: p.blue, worst: p.worst },
      ]),
    );

  it("counts each active site's open tasks per colour and names the worst", async () => {
    const points = await callerFor(db, leader, NOW).sites.map({});
    expect(byName(points)).toEqual({
      // TL-00 (none), 01 02 (red), 12 13 (yellow), 24 25 26 (blue); TL-14 closed.
      东岳农贸市场: { open: 8, red: 2, yellow: 2, blue: 3, worst: "red" },
      // TL-16 (red), 04 05 17 28 29 (yellow), 03 (blue), 27 (none); TL-15 cancelled.
      华山客运站: { open: 8, red: 1, yellow: 5, blue: 1, worst: "red" },
      // TL-08 (red), 20 (yellow), 18 19 (blue); TL-06 07 30 31 closed or cancelled.
      "Riverside_Market 西岳": { open: 4, red: 1, yellow: 1, blue: 2, worst: "red" },
      // TL-09 (red), 21 (yellow), 10 11 (blue); TL-22 23 closed or cancelled.
      玉泉社区: { open: 4, red: 1, yellow: 1, blue: 2, worst: "red" },
      西岳庙广场: { open: 1, red: 0, yellow: 0, blue: 1, worst: "blue" },
      华山路口: { open: 2, red: 0, yellow: 1, blue: 1, worst: "yellow" },
      玉泉院: { open: 0, red: 0, yellow: 0, blue: 0, worst: null },
    });
    for (const p of points) expect([p.latitude, p.longitude]).toEqual([34.5658, 110.0921]);
  });

  it("opens from each marker exactly the tasks its number counts", async () => {
    // The marker's link is /tasks?siteId=…&open=true (apps/web/src/map/warning-colors.ts).
    const caller = callerFor(db, leader, NOW);
    const points = await caller.sites.map({});
    const listed = await Promise.all(
      points.map(async (p) => [
        p.name,
        (await caller.tasks.count({ siteId: p.id, open: true })).total,
      ]),
    );
    expect(Object.fromEntries(listed)).toEqual(
      Object.fromEntries(points.map((p) => [p.name, p.open])),
    );
    // Riverside: 4 open although only 1 is red — the list shows all 4, not the red one.
    expect(Object.fromEntries(listed)["Riverside_Market 西岳"]).toBe(4);
  });

  it("filters by the site's responsible unit and by site type", async () => {
    const caller = callerFor(db, leader, NOW);
    const names = async (input: { unitId?: string; siteTypeId?: string }) =>
      (await caller.sites.map(input)).map((p) => p.name).sort();
    expect(await names({ unitId: f.unitA })).toEqual(["东岳农贸市场", "华山客运站"].sort());
    expect(await names({ siteTypeId: f.market })).toEqual(
      ["Riverside_Market 西岳", "东岳农贸市场"].sort(),
    );
    expect(await names({ unitId: f.unitB, siteTypeId: f.station })).toEqual(
      ["华山路口", "玉泉社区", "玉泉院", "西岳庙广场"].sort(),
    );
  });

  it("is closed to unit officers, like the other dashboards", async () => {
    const officer = await createTestUser(db.prisma, "unit_officer", f.unitA);
    expect(await codeOf(callerFor(db, officer, NOW).sites.map({}))).toBe("FORBIDDEN");
  });
});
