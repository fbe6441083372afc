import type { SignedInUser } from "@cw/db";
import { createTestDatabase, createTestUser, type TestDatabase, testEngines } from "@cw/db/testing";
import type { ListTasksInput, TaskListItem } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "../src/context.ts";
import { taskListProcedures } from "../src/routers/task-list-procedures.ts";
import { createCallerFactory, router } from "../src/trpc.ts";
import { NOW, seedTaskList, type TaskListFixture } from "./support/task-list-fixture.ts";

// The procedures are merged into the app's `tasks` router elsewhere; here they stand alone.
const createCaller = createCallerFactory(router({ tasks: router(taskListProcedures) }));
type Filters = Partial<Omit<ListTasksInput, "cursor" | "limit" | "sort">>;
type Sort = ListTasksInput["sort"];

// Every expectation is by finding code, worked out by hand from the table in the fixture.
const tl = (...numbers: number[]) => numbers.map((n) => `TL-${String(n).padStart(2, "0")}`);
const RED = [1, 2, 8, 9, 16];
const YELLOW = [4, 5, 12, 13, 17, 20, 21, 28, 29];
const BLUE = [3, 10, 11, 18, 19, 24, 25, 26];
const DUE_SOON = [3, 4, 5, 10, 11, 12, 17, 18, 19, 24, 25, 26];
const UNIT_A = [1, 2, 3, 4, 5, 7, 12, 13, 15, 17, 21, 25, 26, 27, 29];

describe.each(testEngines())("task list and count on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskListFixture;
  let leader: SignedInUser;
  let officerA: SignedInUser;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await seedTaskList(db.prisma);
    leader = await createTestUser(db.prisma, "leader");
    officerA = await createTestUser(db.prisma, "unit_officer", f.unitA);
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
  const codes = (items: TaskListItem[]) => items.map((i) => i.code).sort();
  const count = async (actor: SignedInUser, input: Filters) =>
    (await caller(actor).tasks.count(input)).total;

  it("narrows by each filter to exactly the tasks the filter describes", async () => {
    const [s0, , s2] = f.siteIds;
    const cases: [Filters, number[]][] = [
      [{ status: ["in_progress", "returned"] }, [2, 4, 10, 12, 18, 20, 26, 28]],
      [
        { open: true },
        [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28, 29],
      ],
      [{ unitId: f.unitA }, UNIT_A],
      [{ unitId: f.unitB }, [6, 9, 10, 11, 14, 18, 19, 20, 22, 23, 28, 30, 31]],
      [{ siteId: s2 }, [6, 7, 8, 18, 19, 20, 30, 31]],
      [{ siteTypeId: f.market }, [0, 1, 2, 6, 7, 8, 12, 13, 14, 18, 19, 20, 24, 25, 26, 30, 31]],
      [{ siteTypeId: f.station }, [3, 4, 5, 9, 10, 11, 15, 16, 17, 21, 22, 23, 27, 28, 29]],
      [{ gridId: f.gridId }, [0, 1, 2, 6, 7, 8, 12, 13, 14, 18, 19, 20, 24, 25, 26, 30, 31]],
      [{ category: "public_order" }, [1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31]],
      [{ source: "citizen_report" }, [4, 9, 14, 19, 24, 29]],
      [{ timing: "overdue" }, RED],
      [{ timing: "due_soon" }, DUE_SOON],
      [{ timing: "unclaimed" }, [1, 17]],
      [{ warning: "red" }, RED],
      [{ warning: "yellow" }, YELLOW],
      [{ warning: "blue" }, BLUE],
      // Whole days in Beijing: 00:00 on 5 Sep (TL-30) counts, 23:59:59.999 on 4 Sep (TL-31) not.
      [
        { foundFrom: "2026-09-05" },
        [4, 5, 6, 7, 8, 9, 14, 15, 16, 17, 18, 19, 24, 25, 26, 27, 28, 29, 30],
      ],
      [{ foundTo: "2026-09-04" }, [0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23, 31]],
      [
        { foundFrom: "2026-09-03", foundTo: "2026-09-05" },
        [2, 3, 4, 12, 13, 14, 22, 23, 24, 30, 31],
      ],
      [{ deadlineFrom: "2026-10-08", deadlineTo: "2026-10-09" }, [4, 5, 11, 12, 18, 19, 25, 26]],
      [{ text: "tl-07" }, [7]],
      [{ text: "OVERFLOWING" }, [0, 4, 8, 12, 16, 20, 24, 28]],
      [{ text: "riverside" }, [6, 7, 8, 18, 19, 20, 30, 31]],
      // "_" and "%" are literal characters, not LIKE wildcards.
      [{ text: "e_M" }, [6, 7, 8, 18, 19, 20, 30, 31]],
      [{ text: "东_" }, []],
      [{ text: "%" }, []],
      [{ siteId: s0, status: ["assigned", "in_progress", "new"], timing: "overdue" }, [1, 2]],
    ];
    for (const [filter, expected] of cases) {
      const label = JSON.stringify(filter);
      expect(codes(await listAll(leader, filter)), label).toEqual(tl(...expected).sort());
      expect(await count(leader, filter), label).toBe(expected.length);
    }
  });

  it.each<[Sort, number[]]>([
    // Found at: 10 Sep first … 1 Sep last; TL-30 and TL-31 fall between 4 Sep 12:00 and 5 Sep.
    [
      "found_desc",
      [
        29, 19, 9, 28, 18, 8, 27, 17, 7, 26, 16, 6, 25, 15, 5, 24, 14, 4, 30, 31, 23, 13, 3, 22, 12,
        2, 21, 11, 1, 20, 10, 0,
      ],
    ],
    [
      "found_asc",
      [
        0, 10, 20, 1, 11, 21, 2, 12, 22, 3, 13, 23, 31, 30, 4, 14, 24, 5, 15, 25, 6, 16, 26, 7, 17,
        27, 8, 18, 28, 9, 19, 29,
      ],
    ],
    // By deadline, those without one last.
    [
      "due_asc",
      [
        1, 8, 23, 30, 2, 9, 16, 31, 3, 10, 17, 24, 4, 11, 18, 25, 5, 12, 19, 26, 6, 13, 20, 27, 7,
        14, 21, 28, 0, 15, 22, 29,
      ],
    ],
    [
      "updated_desc",
      [
        30, 24, 18, 12, 6, 0, 31, 25, 19, 13, 7, 1, 26, 20, 14, 8, 2, 27, 21, 15, 9, 3, 28, 22, 16,
        10, 4, 29, 23, 17, 11, 5,
      ],
    ],
  ])("pages through every task exactly once in %s order", async (sort, order) => {
    const items = await listAll(leader, { sort }, 7);
    expect(items.map((i) => i.code)).toEqual(tl(...order));
  });

  it("flags each row as the table says: overdue exactly when red", async () => {
    const items = await listAll(leader, { sort: "found_asc" }, 50);
    const flagged = (level: string | null) => codes(items.filter((i) => i.warning === level));
    expect(flagged("red")).toEqual(tl(...RED));
    expect(flagged("yellow")).toEqual(tl(...YELLOW));
    expect(flagged("blue")).toEqual(tl(...BLUE));
    expect(flagged(null)).toEqual(tl(0, 6, 7, 14, 15, 22, 23, 27, 30, 31));
    expect(codes(items.filter((i) => i.overdue))).toEqual(tl(...RED));
  });

  it("shows a unit officer only their unit's tasks, whatever unit they ask for", async () => {
    expect(codes(await listAll(officerA, {}))).toEqual(tl(...UNIT_A).sort());
    expect(await count(officerA, {})).toBe(15);
    expect(await listAll(officerA, { unitId: f.unitB })).toEqual([]);
    expect(await count(officerA, { unitId: f.unitB })).toBe(0);
    const overdue = await listAll(officerA, { timing: "overdue", sort: "due_asc" });
    expect(overdue.map((i) => [i.code, i.overdue, i.warning])).toEqual([
      ["TL-01", true, "red"],
      ["TL-02", true, "red"],
    ]);
  });
});
