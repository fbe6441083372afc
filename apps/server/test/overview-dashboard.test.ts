// The leader overview's aggregates on a hand-built city (support/overview-fixture.ts, every
// row commented there). Each expected number below is counted by hand from those rows, and
// each bar's number is checked against the task list's count for the filter it drills to.
import type { SignedInUser } from "@cw/db";
import { createTestDatabase, createTestUser, type TestDatabase, testEngines } from "@cw/db/testing";
import type { ListTasksInput, OverviewFilters } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "../src/context.ts";
import { settingsRouter } from "../src/routers/admin/config-router.ts";
import { overviewRouter } from "../src/routers/overview-router.ts";
import { taskListProcedures } from "../src/routers/task-list-procedures.ts";
import { createCallerFactory, router } from "../src/trpc.ts";
import { codeOf } from "./support/caller.ts";
import { NOW, type OverviewFixture, seedOverview } from "./support/overview-fixture.ts";

const createCaller = createCallerFactory(
  router({ overview: overviewRouter, tasks: router(taskListProcedures), settings: settingsRouter }),
);
const PERIOD = { from: "2026-11-01", to: "2026-11-10" };

describe.each(testEngines())("leader overview dashboard on %s", (kind) => {
  let db: TestDatabase;
  let fx: OverviewFixture;
  let leader: SignedInUser;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await seedOverview(db.prisma);
    leader = await createTestUser(db.prisma, "leader");
  });
  afterAll(() => db.destroy());

  const as = (user: SignedInUser) => createCaller(callerContext(db, user, { now: () => NOW }));
  const overview = () => as(leader).overview;
  /** How many tasks the list behind a bar shows. */
  const listed = async (filters: Partial<ListTasksInput>) =>
    (await as(leader).tasks.count(filters)).total;

  it("computes the tiles over the whole city", async () => {
    const tiles = await overview().tiles({});
    // Open: A1 A2 A6 B1 B2 B3 B4 C2 N1. Overdue: A1 A2 B1 B2 B3 B4 C2.
    // Closed (N3 is a cancelled duplicate): A3 A4 A5 B5 C1 N2. On time: A3 A4 B5 C1 (A5 closed
    // at its dueAt). Judged: closed with a deadline (A3 A4 A5 B5 C1) + overdue (7) = 12.
    // Days to close: N2 0.0208, B5 5, A5 5.5, A3 6, C1 7, A4 8.58 → median (5.5 + 6) / 2.
    expect(tiles).toEqual({
      asOf: NOW,
      siteCount: 3,
      openFindings: 9,
      overdueFindings: 7,
      overdueShare: 7 / 9,
      closedOnTime: 4,
      judgedTasks: 12,
      onTimeShare: 4 / 12,
      closedTasks: 6,
      medianDaysToClose: 5.75,
    });
    expect(await listed({ open: true })).toBe(9);
    expect(await listed({ timing: "overdue" })).toBe(7);
  });

  it("applies the period (days found, Beijing), unit and grid filters", async () => {
    // Found 1–10 Nov: A1 A2 A3 B1 B2 C1 C2 (C2 at 00:00 on 1 Nov; B3 a millisecond before).
    const period = await overview().tiles(PERIOD);
    expect(period).toMatchObject({ openFindings: 5, overdueFindings: 5, overdueShare: 1 });
    // Closed A3 (6 days) and C1 (7 days), both on time; judged 2 + 5 overdue.
    expect(period).toMatchObject({ closedTasks: 2, closedOnTime: 2, judgedTasks: 7 });
    expect(period.medianDaysToClose).toBe(6.5);
    expect(period.onTimeShare).toBeCloseTo(2 / 7, 12);
    const found = { foundFrom: PERIOD.from, foundTo: PERIOD.to };
    expect(await listed({ ...found, open: true })).toBe(5);

    // Unit B: B1–B4 open and overdue; B5 closed on time in 5 days; one site (s2).
    const unitB = await overview().tiles({ unitId: fx.units.B });
    expect(unitB).toMatchObject({ siteCount: 1, openFindings: 4, overdueFindings: 4 });
    expect(unitB).toMatchObject({ closedTasks: 1, closedOnTime: 1, judgedTasks: 5 });
    expect(unitB.medianDaysToClose).toBe(5);

    // Grid G1 = site s1: A1–A6 and N1. Open A1 A2 A6 N1; closed A3 A4 A5 (6, 8.58, 5.5 days).
    const grid = await overview().tiles({ gridId: fx.gridId });
    expect(grid).toMatchObject({ siteCount: 1, openFindings: 4, overdueFindings: 2 });
    expect(grid).toMatchObject({ closedTasks: 3, closedOnTime: 2, judgedTasks: 5 });
    expect(grid.medianDaysToClose).toBe(6);
  });

  it("buckets overdue tasks by days overdue, with the deadlines behind each bar", async () => {
    const { buckets } = await overview().aging({});
    // d1 A1, d3 A2 | d4 B1, d7 B2 | d8 B3, d14 C2 | d15 B4.
    expect(buckets).toEqual([
      { key: "1-3", count: 2, deadlineFrom: "2026-11-17", deadlineTo: "2026-11-19" },
      { key: "4-7", count: 2, deadlineFrom: "2026-11-13", deadlineTo: "2026-11-16" },
      { key: "8-14", count: 2, deadlineFrom: "2026-11-06", deadlineTo: "2026-11-12" },
      { key: "15+", count: 1, deadlineFrom: null, deadlineTo: "2026-11-05" },
    ]);
    for (const b of buckets) {
      const deadlines = {
        deadlineTo: b.deadlineTo,
        ...(b.deadlineFrom && { deadlineFrom: b.deadlineFrom }),
      };
      expect(await listed({ timing: "overdue", ...deadlines }), b.key).toBe(b.count);
    }
    // Unit A: A1 (d1) and A2 (d3) only.
    const unitA = await overview().aging({ unitId: fx.units.A });
    expect(unitA.buckets.map((b) => b.count)).toEqual([2, 0, 0, 0]);
  });

  it("counts findings opened and tasks closed per Monday-to-Sunday week in Beijing", async () => {
    const { weeks } = await overview().weekly({});
    // The last 12 weeks up to Friday 20 Nov: Mondays 31 Aug … 16 Nov, the last one clipped.
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toMatchObject({ weekStart: "2026-08-31", from: "2026-08-31" });
    expect(weeks.at(-1)).toMatchObject({ weekStart: "2026-11-16", to: "2026-11-20" });
    const byWeek = Object.fromEntries(weeks.map((w) => [w.weekStart, [w.opened, w.closed]]));
    // Opened: 19 Oct B4 | 26 Oct A4 A5 B3 B5 C2 | 2 Nov A3 B1 B2 C1 | 9 Nov A1 A2 |
    // 16 Nov A6 N1 N2 N3 (N3 at 00:00 Monday). Closed: 2 Nov A3 A4 B5 and A5 (00:00 Monday
    // 2 Nov in Beijing, Sunday in UTC) | 9 Nov C1 | 16 Nov N2; N3 is cancelled, not closed.
    expect(byWeek).toMatchObject({
      "2026-10-12": [0, 0],
      "2026-10-19": [1, 0],
      "2026-10-26": [5, 0],
      "2026-11-02": [4, 4],
      "2026-11-09": [2, 1],
      "2026-11-16": [4, 1],
    });
    for (const w of weeks.slice(-4)) {
      expect(await listed({ foundFrom: w.from, foundTo: w.to }), w.weekStart).toBe(w.opened);
      const closed = { status: ["closed" as const], closedFrom: w.from, closedTo: w.to };
      expect(await listed(closed), w.weekStart).toBe(w.closed);
    }

    // The period 1–10 Nov clips the first and last weeks; closures are by close-out date.
    const clipped = await overview().weekly(PERIOD);
    expect(clipped.weeks).toEqual([
      { weekStart: "2026-10-26", from: "2026-11-01", to: "2026-11-01", opened: 1, closed: 0 },
      { weekStart: "2026-11-02", from: "2026-11-02", to: "2026-11-08", opened: 4, closed: 4 },
      { weekStart: "2026-11-09", from: "2026-11-09", to: "2026-11-10", opened: 2, closed: 0 },
    ]);
  });

  it("ranks units by on-time share and overdue count, listing small units unranked", async () => {
    // A: 6 tasks, judged A1 A2 A3 A4 A5, on time A3 A4 → 2/5, overdue 2.
    // B: 5 tasks, judged B1–B5, on time B5 → 1/5, overdue 4.
    // C: 2 tasks (< 5): on time C1 of C1 C2 → 1/2, overdue 1, listed but not ranked.
    const ranking = await overview().units({});
    const rows = (list: typeof ranking.byOnTime) =>
      list.map((u) => [u.unitName, u.onTimeShare, u.onTimeRank, u.overdue, u.overdueRank]);
    expect(ranking.minTasks).toBe(5);
    expect(rows(ranking.byOnTime)).toEqual([
      ["城管局", 0.4, 1, 2, 2],
      ["交通运输局", 0.2, 2, 4, 1],
      ["文旅局", 0.5, null, 1, null],
    ]);
    expect(ranking.byOverdue.map((u) => u.unitName)).toEqual(["交通运输局", "城管局", "文旅局"]);
    expect(ranking.byOnTime[0]).toMatchObject({ tasks: 6, judged: 5, closedOnTime: 2 });
    for (const u of ranking.byOverdue) {
      expect(await listed({ timing: "overdue", unitId: u.unitId })).toBe(u.overdue);
      expect(await listed({ unitId: u.unitId })).toBe(u.tasks);
    }

    // The minimum is a setting: at 2, C is ranked and leads on time.
    const admin = await createTestUser(db.prisma, "admin");
    await as(admin).settings.update({ rankingMinTasks: 2 });
    const all = await overview().units({});
    const order = all.byOnTime.map((u) => `${u.onTimeRank} ${u.unitName}`).join(", ");
    expect(order).toBe("1 文旅局, 2 城管局, 3 交通运输局");
    expect(all.byOverdue.map((u) => u.overdueRank)).toEqual([1, 2, 3]);
    await as(admin).settings.update({ rankingMinTasks: 5 });
  });

  it("breaks open and overdue findings down by site type and by category", async () => {
    const { bySiteType, byCategory } = await overview().breakdown({});
    // Market (s1, s3): open A1 A2 A6 N1 C2, overdue A1 A2 C2. Station (s2): B1–B4, all overdue.
    const types = bySiteType.map((r) => `${r.name} ${r.open}/${r.overdue}`).join(", ");
    expect(types).toBe("农贸市场 5/3, 长途汽车站 4/4");
    // env A1 A6 B3 (overdue A1 B3); infra N1 B1 B2 (B1 B2); order A2 C2 (both); ads B4.
    // Ties on open go by the category's sort order (env 1, infra 3).
    expect(byCategory.map((r) => [r.code, r.open, r.overdue])).toEqual([
      ["public_environment", 3, 2],
      ["infrastructure", 3, 2],
      ["public_order", 2, 2],
      ["public_service_ads", 1, 1],
    ]);
    expect(byCategory[0]).toMatchObject({ name: "公共环境", nameEn: "Public environment" });
    expect(await listed({ open: true, siteTypeId: fx.market })).toBe(5);
    expect(await listed({ timing: "overdue", category: "public_order" })).toBe(2);
    const markets = await overview().breakdown({ siteTypeId: fx.market });
    expect(markets.bySiteType.map((r) => r.code)).toEqual(["market"]);
  });

  it("admits the roles that read every task and refuses unit officers and bad periods", async () => {
    for (const role of ["coordinator", "admin", "inspector"] as const) {
      const user = await createTestUser(db.prisma, role);
      expect(await codeOf(as(user).overview.tiles({})), role).toBe("OK");
    }
    const officer = await createTestUser(db.prisma, "unit_officer", fx.units.A);
    expect(await codeOf(as(officer).overview.units({}))).toBe("FORBIDDEN");
    const reversed: OverviewFilters = { from: "2026-11-10", to: "2026-11-01" }; // to < from
    expect(await codeOf(overview().tiles(reversed))).toBe("BAD_REQUEST");
  });
});
