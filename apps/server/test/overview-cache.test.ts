// The overview's reads are shared while the summaries stand (decision 0028): the database
// bumps one epoch at the commit of every change the overview could show, and a read is cached
// under the epoch it read first. These prove a change is never hidden by the cache, on both
// engines, and that concurrent requests for one view share one read.
import { readWeeklyFlow, serviceContext } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  siteTypeRecord,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./support/caller.ts";

const NOW = new Date("2026-12-01T04:00:00Z");

describe.each(testEngines())("the overview's cache on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  const epoch = async () =>
    Number((await db.executeSql(`SELECT "epoch" FROM "summary_epoch"`)).rows[0]?.epoch);
  const pendingBumps = async () =>
    Number((await db.executeSql(`SELECT count(*) AS n FROM "summary_epoch_bump"`)).rows[0]?.n);
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  it("shows a task committed after the last read in the very next read", async () => {
    const leader = callerFor(db, f.users.leader, NOW);
    expect((await leader.overview.tiles()).openFindings).toBe(0);
    expect((await leader.overview.tiles()).openFindings).toBe(0);
    await f.task("in_progress", { deadline: "2026-12-10" });
    expect((await leader.overview.tiles()).openFindings).toBe(1);
    await f.task("submitted", { deadline: "2026-11-20" });
    const tiles = await leader.overview.tiles();
    expect(tiles).toMatchObject({ openFindings: 2, overdueFindings: 1 });
    // The numbers are served as of this request, not as of the read that cached them.
    const later = new Date(NOW.getTime() + 60_000);
    expect((await callerFor(db, f.users.leader, later).overview.tiles()).asOf).toEqual(later);
  });

  it("bumps the epoch once per committed transaction, and not for one rolled back", async () => {
    const before = await epoch();
    await db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "site" SET "name" = "name" WHERE "id" = ${f.siteId}::uuid`;
      await tx.$executeRaw`UPDATE "responsible_unit" SET "name" = "name"`;
      await tx.$executeRaw`UPDATE "site" SET "address" = "address"`;
    });
    expect(await epoch()).toBe(before + 1);
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "site" SET "name" = "name"`;
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await epoch()).toBe(before + 1);
    expect(await pendingBumps()).toBe(0);
  });

  it("moves a site's numbers when the site changes type (the filter reads the site)", async () => {
    const leader = callerFor(db, f.users.leader, NOW);
    const site = await db.prisma.site.findUniqueOrThrow({ where: { id: f.siteId } });
    const other = siteTypeRecord({ name: "公交站台" });
    await db.prisma.siteType.create({ data: other });
    expect((await leader.overview.tiles({ siteTypeId: site.siteTypeId })).openFindings).toBe(2);
    expect((await leader.overview.tiles({ siteTypeId: other.id })).openFindings).toBe(0);
    await db.prisma.site.update({ where: { id: f.siteId }, data: { siteTypeId: other.id } });
    expect((await leader.overview.tiles({ siteTypeId: site.siteTypeId })).openFindings).toBe(0);
    expect((await leader.overview.tiles({ siteTypeId: other.id })).openFindings).toBe(2);
  });

  it("gives concurrent requests for one view one read, and another view its own", async () => {
    const ctx = serviceContext(db.prisma, f.users.leader, { now: NOW });
    const [a, b] = await Promise.all([readWeeklyFlow(ctx), readWeeklyFlow(ctx)]);
    expect(a).toBe(b);
    // The same filters in another order are the same view; another filter is another view.
    const unit = { unitId: f.unitA, from: "2026-11-01", to: "2026-12-01" } as const;
    const reordered = { to: "2026-12-01", unitId: f.unitA, from: "2026-11-01" } as const;
    expect(await readWeeklyFlow(ctx, unit)).toBe(await readWeeklyFlow(ctx, reordered));
    expect(await readWeeklyFlow(ctx, unit)).not.toBe(a);
    // The next Beijing day is another view (overdue and aging follow the date).
    const tomorrow = serviceContext(db.prisma, f.users.leader, {
      now: new Date(NOW.getTime() + 86_400_000),
    });
    expect(await readWeeklyFlow(tomorrow)).not.toBe(a);
    await f.task("new");
    expect(await readWeeklyFlow(ctx)).not.toBe(a);
  });
});
