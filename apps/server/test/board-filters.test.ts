// The board filters by owner, by unit and by text (issues 10 and 12) through tasks.list's own
// filters (taskListWhere), the same definitions the task list and the unit view use: each
// board tab's filter plus the picked unit, owner or search. The owner choices come from the
// server (tasks.unitOfficers). Fixture, worked by hand:
//   BD-001  unit A  owner officerA   "候车厅地面有垃圾"
//   BD-002  unit A  owner officerA2  "自动扶梯停运未修"
//   BD-003  unit B  owner officerB   "公益广告破损"
// all in progress; BD-004 unit A, owner officerA, closed (another tab).
import type { SignedInUser } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  createTestUser,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import type { ListTasksInput } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z");

describe.each(testEngines())("board filters on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let officerA2: SignedInUser;
  const coordinator = () => callerFor(db, f.users.coordinator, NOW);

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    officerA2 = await createTestUser(db.prisma, "unit_officer", f.unitA, "officer-a2");
    await db.prisma.user.update({ where: { id: officerA2.id }, data: { displayName: "钱七" } });
    await db.prisma.user.update({
      where: { id: f.users.officerA.id },
      data: { displayName: "孙八" },
    });
    const rows: [string, string, string, string, "in_progress" | "closed"][] = [
      ["BD-001", f.unitA, f.users.officerA.id, "候车厅地面有垃圾", "in_progress"],
      ["BD-002", f.unitA, officerA2.id, "自动扶梯停运未修", "in_progress"],
      ["BD-003", f.unitB, f.users.officerB.id, "公益广告破损", "in_progress"],
      ["BD-004", f.unitA, f.users.officerA.id, "自动扶梯扶手脏污", "closed"],
    ];
    for (const [code, unitId, ownerId, description, status] of rows) {
      const { findingId } = await f.task(status, { code, unitId, ownerId });
      await db.prisma.finding.update({ where: { id: findingId }, data: { description } });
    }
  });
  afterAll(() => db.destroy());

  /** The codes a board tab shows with these picks, and its count badge. */
  async function tab(key: string, picks: Partial<ListTasksInput>) {
    const tabs = await coordinator().tasks.boardTabs();
    const filter = tabs.find((t) => t.key === key)?.filter ?? {};
    const list = await coordinator().tasks.list({ ...filter, ...picks, sort: "due_asc" });
    const count = await coordinator().tasks.count({ ...filter, ...picks });
    return { codes: list.items.map((x) => x.code).sort(), total: count.total };
  }

  it("filters a tab by owner", async () => {
    expect(await tab("in_progress", {})).toEqual({
      codes: ["BD-001", "BD-002", "BD-003"],
      total: 3,
    });
    expect(await tab("in_progress", { ownerId: f.users.officerA.id })).toEqual({
      codes: ["BD-001"],
      total: 1,
    });
    expect(await tab("in_progress", { ownerId: officerA2.id })).toEqual({
      codes: ["BD-002"],
      total: 1,
    });
    expect(await tab("closed", { ownerId: f.users.officerA.id })).toEqual({
      codes: ["BD-004"],
      total: 1,
    });
  });

  it("filters a tab by unit, and by unit and owner together", async () => {
    expect(await tab("in_progress", { unitId: f.unitA })).toEqual({
      codes: ["BD-001", "BD-002"],
      total: 2,
    });
    expect(await tab("in_progress", { unitId: f.unitB })).toEqual({ codes: ["BD-003"], total: 1 });
    // An owner of another unit than the one picked matches nothing.
    expect(await tab("in_progress", { unitId: f.unitB, ownerId: officerA2.id })).toEqual({
      codes: [],
      total: 0,
    });
  });

  it("searches by code and by description", async () => {
    expect(await tab("in_progress", { text: "BD-002" })).toEqual({ codes: ["BD-002"], total: 1 });
    expect(await tab("in_progress", { text: "bd-00" })).toEqual({
      codes: ["BD-001", "BD-002", "BD-003"],
      total: 3,
    });
    expect(await tab("in_progress", { text: "扶梯" })).toEqual({ codes: ["BD-002"], total: 1 });
    expect(await tab("closed", { text: "扶梯" })).toEqual({ codes: ["BD-004"], total: 1 });
    expect(await tab("in_progress", { text: "扶梯", unitId: f.unitB })).toEqual({
      codes: [],
      total: 0,
    });
  });

  it("offers as owners the picked unit's officers, as the server lists them", async () => {
    expect(await coordinator().tasks.unitOfficers({ unitId: f.unitA })).toEqual([
      { id: f.users.officerA.id, name: "孙八" },
      { id: officerA2.id, name: "钱七" },
    ]);
    expect(await coordinator().tasks.unitOfficers({ unitId: f.unitB })).toEqual([
      { id: f.users.officerB.id, name: f.users.officerB.displayName },
    ]);
  });

  it("keeps an officer to their unit whatever unit they pick", async () => {
    const officer = callerFor(db, f.users.officerB, NOW);
    const mine = await officer.tasks.list({ status: ["in_progress"], unitId: f.unitA });
    expect(mine.items).toEqual([]);
    const own = await officer.tasks.list({ status: ["in_progress"], text: "BD" });
    expect(own.items.map((x) => x.code)).toEqual(["BD-003"]);
  });
});
