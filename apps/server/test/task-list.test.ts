import { loadCalendar, loadSettings, type SignedInUser } from "@cw/db";
import { createTestDatabase, createTestUser, type TestDatabase, testEngines } from "@cw/db/testing";
import {
  dueSoonCriteria,
  isDueSoon,
  isOverdue,
  isUnclaimed,
  type ListTasksInput,
  type TaskListItem,
  unclaimedCriteria,
  type WarningLevel,
  warningLevel,
} from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "../src/context.ts";
import { taskListProcedures } from "../src/routers/task-list-procedures.ts";
import { createCallerFactory, router } from "../src/trpc.ts";
import {
  type FixtureTask,
  NOW,
  seedTaskList,
  type TaskListFixture,
} from "./support/task-list-fixture.ts";

// The procedures are merged into the app's `tasks` router elsewhere; here they stand alone.
const createCaller = createCallerFactory(router({ tasks: router(taskListProcedures) }));
type Filters = Partial<Omit<ListTasksInput, "cursor" | "limit" | "sort">>;
type Sort = ListTasksInput["sort"];

describe.each(testEngines())("task list and count on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskListFixture;
  let leader: SignedInUser;
  let officerA: SignedInUser;
  let flags: (t: FixtureTask) => { overdue: boolean; warning: WarningLevel | null };
  let timing: Record<"overdue" | "due_soon" | "unclaimed", (t: FixtureTask) => boolean>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await seedTaskList(db.prisma);
    leader = await createTestUser(db.prisma, "leader");
    officerA = await createTestUser(db.prisma, "unit_officer", f.unitA);
    // The expectations use the domain's in-memory predicates with the same settings.
    const settings = await loadSettings(db.prisma);
    const dueSoon = dueSoonCriteria(
      NOW,
      await loadCalendar(db.prisma),
      settings.dueSoonWorkingDays,
    );
    const unclaimed = unclaimedCriteria(NOW, settings.unclaimedAfterHours);
    flags = (t) => ({
      overdue: isOverdue(t, NOW),
      warning: warningLevel(t, NOW, dueSoon, unclaimed),
    });
    timing = {
      overdue: (t) => isOverdue(t, NOW),
      due_soon: (t) => isDueSoon(t, dueSoon),
      unclaimed: (t) => isUnclaimed(t, unclaimed),
    };
  });
  afterAll(() => db.destroy());

  const caller = (actor: SignedInUser) =>
    createCaller(callerContext(db, actor, { now: () => NOW }));

  /** Every page of a list, checking that no task comes twice. */
  async function listAll(actor: SignedInUser, input: Filters & { sort?: Sort }, limit = 7) {
    const items: TaskListItem[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 50; page++) {
      const result = await caller(actor).tasks.list({
        ...input,
        limit,
        ...(cursor ? { cursor } : {}),
      });
      expect(result.items.length).toBeLessThanOrEqual(limit);
      items.push(...result.items);
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(new Set(items.map((i) => i.taskId)).size).toBe(items.length);
    return items;
  }
  const ids = (items: { taskId?: string; id?: string }[]) =>
    items.map((i) => i.taskId ?? i.id).sort();
  const count = async (actor: SignedInUser, input: Filters) =>
    (await caller(actor).tasks.count(input)).total;

  it("narrows by each filter to exactly the tasks the filter describes", async () => {
    const inBeijing = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const [site0, , site2] = f.siteIds;
    const cases: [Filters, (t: FixtureTask) => boolean][] = [
      [
        { status: ["in_progress", "returned"] },
        (t) => ["in_progress", "returned"].includes(t.status),
      ],
      [{ unitId: f.unitA }, (t) => t.unitId === f.unitA],
      [{ siteId: site2 }, (t) => t.siteId === site2],
      [{ siteTypeId: f.market }, (t) => t.siteTypeId === f.market],
      [{ gridId: f.gridId }, (t) => t.gridId === f.gridId],
      [{ category: "public_order" }, (t) => t.category === "public_order"],
      [{ source: "citizen_report" }, (t) => t.source === "citizen_report"],
      [{ timing: "overdue" }, timing.overdue],
      [{ timing: "due_soon" }, timing.due_soon],
      [{ timing: "unclaimed" }, timing.unclaimed],
      ...(["red", "yellow", "blue"] as const).map((w): [Filters, (t: FixtureTask) => boolean] => [
        { warning: w },
        (t) => flags(t).warning === w,
      ]),
      // Whole days in Beijing: 00:00 on 5 Sep counts, 23:59:59.999 on 4 Sep does not.
      [{ foundFrom: "2026-09-05" }, (t) => inBeijing(t.foundAt) >= "2026-09-05"],
      [{ foundTo: "2026-09-04" }, (t) => inBeijing(t.foundAt) <= "2026-09-04"],
      [
        { foundFrom: "2026-09-03", foundTo: "2026-09-05" },
        (t) => inBeijing(t.foundAt) >= "2026-09-03" && inBeijing(t.foundAt) <= "2026-09-05",
      ],
      [{ text: "tl-07" }, (t) => t.code === "TL-07"],
      [{ text: "OVERFLOWING" }, (t) => t.description.includes("Overflowing")],
      [{ text: "riverside" }, (t) => t.siteName.startsWith("Riverside")],
      // "_" and "%" are literal characters, not LIKE wildcards.
      [{ text: "e_M" }, (t) => t.siteName.includes("e_M")],
      [{ text: "东_" }, () => false],
      [{ text: "%" }, () => false],
      [
        { siteId: site0, status: ["assigned", "in_progress", "new"], timing: "overdue" },
        (t) =>
          t.siteId === site0 &&
          ["assigned", "in_progress", "new"].includes(t.status) &&
          timing.overdue(t),
      ],
    ];
    for (const [filter, matches] of cases) {
      const expected = f.tasks.filter(matches);
      const label = JSON.stringify(filter);
      if (!["东_", "%"].includes(filter.text ?? ""))
        expect(expected.length, label).toBeGreaterThan(0);
      expect(expected.length, label).toBeLessThan(f.tasks.length);
      expect(ids(await listAll(leader, filter)), label).toEqual(ids(expected));
      expect(await count(leader, filter), label).toBe(expected.length);
    }
  });

  it.each<[Sort, (a: FixtureTask, b: FixtureTask) => number]>([
    ["found_desc", (a, b) => +b.foundAt - +a.foundAt || (a.id < b.id ? 1 : -1)],
    ["found_asc", (a, b) => +a.foundAt - +b.foundAt || (a.id < b.id ? -1 : 1)],
    [
      "due_asc",
      (a, b) =>
        (a.dueAt ? +a.dueAt : Number.POSITIVE_INFINITY) -
          (b.dueAt ? +b.dueAt : Number.POSITIVE_INFINITY) || (a.id < b.id ? -1 : 1),
    ],
    ["updated_desc", (a, b) => +b.updatedAt - +a.updatedAt || (a.id < b.id ? 1 : -1)],
  ])("pages through every task exactly once in %s order", async (sort, compare) => {
    const items = await listAll(leader, { sort }, 7);
    expect(items.map((i) => i.taskId)).toEqual([...f.tasks].sort(compare).map((t) => t.id));
    // Each row's flags come from the domain predicates.
    const byId = new Map(f.tasks.map((t) => [t.id, t]));
    for (const item of items) {
      expect({ overdue: item.overdue, warning: item.warning }).toEqual(
        flags(byId.get(item.taskId) as FixtureTask),
      );
    }
  });

  it("shows a unit officer only their unit's tasks, whatever unit they ask for", async () => {
    const own = f.tasks.filter((t) => t.unitId === f.unitA);
    expect(ids(await listAll(officerA, {}))).toEqual(ids(own));
    expect(await count(officerA, {})).toBe(own.length);
    expect(await listAll(officerA, { unitId: f.unitB })).toEqual([]);
    expect(await count(officerA, { unitId: f.unitB })).toBe(0);
    const overdue = await listAll(officerA, { timing: "overdue", sort: "due_asc" });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((i) => i.unitId === f.unitA && i.overdue)).toBe(true);
  });

  it("gives the same overdue numbers from a list filter and from a count", async () => {
    const filters: [Filters, (t: FixtureTask) => boolean][] = [
      ...(["overdue", "due_soon", "unclaimed"] as const).map(
        (k): [Filters, (t: FixtureTask) => boolean] => [{ timing: k }, timing[k]],
      ),
      ...(["red", "yellow", "blue"] as const).map((w): [Filters, (t: FixtureTask) => boolean] => [
        { warning: w },
        (t) => flags(t).warning === w,
      ]),
    ];
    for (const [filter, matches] of filters) {
      const listed = await listAll(leader, filter, 7);
      const { total } = await caller(leader).tasks.count(filter);
      const computed = f.tasks.filter(matches).length;
      expect(computed, JSON.stringify(filter)).toBeGreaterThan(0);
      expect([listed.length, total], JSON.stringify(filter)).toEqual([computed, computed]);
      if (filter.warning) expect(listed.every((i) => i.warning === filter.warning)).toBe(true);
      if (filter.timing === "overdue") expect(listed.every((i) => i.overdue)).toBe(true);
    }
  });
});
