// The one task search (issue 12): every filter and order the search bar writes into the URL,
// read back with readTaskSearchParams (the web's own reader) and sent to tasks.list and
// tasks.count, against the task-list fixture's table (support/task-list-fixture.ts) plus, by
// hand here:
//   owners       TL-02, TL-12 officerA (unit A)    TL-10 officerB (unit B)
//   escalations  TL-02 one notice, TL-09 two, TL-22 one (closed: the mark stays)
//   addresses    s0 岳庙街1号  s1 华山路88号  s2 西岳大道9号  s3 玉泉路12号
// so "华山路" matches s1's tasks by address only (its name is 华山客运站).
import type { SignedInUser } from "@cw/db";
import { createTestDatabase, createTestUser, type TestDatabase, testEngines } from "@cw/db/testing";
import { readTaskSearchParams, type TaskListItem } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./support/caller.ts";
import { NOW, seedTaskList, type TaskListFixture } from "./support/task-list-fixture.ts";

const tl = (...numbers: number[]) => numbers.map((n) => `TL-${String(n).padStart(2, "0")}`);
const id = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;

describe.each(testEngines())("task search from the URL on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskListFixture;
  let coordinator: SignedInUser;
  let officerA: SignedInUser;
  let officerB: SignedInUser;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await seedTaskList(db.prisma);
    coordinator = await createTestUser(db.prisma, "coordinator");
    officerA = await createTestUser(db.prisma, "unit_officer", f.unitA);
    officerB = await createTestUser(db.prisma, "unit_officer", f.unitB);
    const owners: [number, string][] = [
      [2, officerA.id],
      [12, officerA.id],
      [10, officerB.id],
    ];
    for (const [i, ownerId] of owners) {
      // Keeping the table's updatedAt (i % 6 hours before NOW) for the updated_desc order.
      const updatedAt = new Date(NOW.getTime() - (i % 6) * 3_600_000);
      await db.prisma.rectificationTask.update({
        where: { id: id(i) },
        data: { ownerId, updatedAt },
      });
    }
    const notices: [number, number][] = [
      [2, 1],
      [9, 1],
      [9, 2],
      [22, 1],
    ];
    for (const [i, version] of notices) {
      await db.prisma.escalation.create({
        data: {
          taskId: id(i),
          level: "supervision_notice",
          noticeText: "督办",
          issuedById: coordinator.id,
          taskVersion: version,
        },
      });
    }
    const addresses = ["岳庙街1号", "华山路88号", "西岳大道9号", "玉泉路12号"];
    for (const [i, siteId] of f.siteIds.entries()) {
      await db.prisma.site.update({ where: { id: siteId }, data: { address: addresses[i] } });
    }
  });
  afterAll(() => db.destroy());

  /** What /tasks?{query} lists (every page) and counts, as the coordinator or another user. */
  async function search(query: string, actor = coordinator) {
    const read = readTaskSearchParams(new URLSearchParams(query));
    expect(read.refused, query).toEqual([]);
    const caller = callerFor(db, actor, NOW);
    const items: TaskListItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.tasks.list({
        ...read.filters,
        ...(read.sort ? { sort: read.sort } : {}),
        limit: 9,
        ...(cursor ? { cursor } : {}),
      });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const { total } = await caller.tasks.count(read.filters);
    return { codes: items.map((x) => x.code), total };
  }

  it("narrows by each filter of the search to the tasks the fixture's table names", async () => {
    const [s0, , s2] = f.siteIds as [string, string, string, string];
    const cases: [string, number[]][] = [
      // Text: code, description, site name, and now the site's address.
      ["text=tl-07", [7]],
      ["text=OVERFLOWING", [0, 4, 8, 12, 16, 20, 24, 28]],
      ["text=riverside", [6, 7, 8, 18, 19, 20, 30, 31]],
      ["text=华山路", [3, 4, 5, 15, 16, 17, 27, 28, 29]],
      ["text=12号", [9, 10, 11, 21, 22, 23]],
      [`unitId=${f.unitA}`, [1, 2, 3, 4, 5, 7, 12, 13, 15, 17, 21, 25, 26, 27, 29]],
      [`ownerId=${officerA.id}`, [2, 12]],
      [`unitId=${f.unitB}&ownerId=${officerB.id}`, [10]],
      [`unitId=${f.unitB}&ownerId=${officerA.id}`, []],
      [`siteId=${s2}`, [6, 7, 8, 18, 19, 20, 30, 31]],
      [`siteTypeId=${f.station}`, [3, 4, 5, 9, 10, 11, 15, 16, 17, 21, 22, 23, 27, 28, 29]],
      [`gridId=${f.gridId}`, [0, 1, 2, 6, 7, 8, 12, 13, 14, 18, 19, 20, 24, 25, 26, 30, 31]],
      ["category=public_order", [1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31]],
      ["source=citizen_report", [4, 9, 14, 19, 24, 29]],
      ["status=in_progress,returned", [2, 4, 10, 12, 18, 20, 26, 28]],
      ["timing=overdue", [1, 2, 8, 9, 16]],
      ["timing=due_soon", [3, 4, 5, 10, 11, 12, 17, 18, 19, 24, 25, 26]],
      ["timing=unclaimed", [1, 17]],
      // Escalated: at least one 督办 notice, open or not; two notices list the task once.
      ["timing=escalated", [2, 9, 22]],
      ["warning=yellow", [4, 5, 12, 13, 17, 20, 21, 28, 29]],
      [
        "open=true",
        [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28, 29],
      ],
      [
        "foundFrom=2026-09-05",
        [4, 5, 6, 7, 8, 9, 14, 15, 16, 17, 18, 19, 24, 25, 26, 27, 28, 29, 30],
      ],
      ["foundTo=2026-09-04", [0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23, 31]],
      ["foundFrom=2026-09-03&foundTo=2026-09-05", [2, 3, 4, 12, 13, 14, 22, 23, 24, 30, 31]],
      ["deadlineFrom=2026-10-08&deadlineTo=2026-10-09", [4, 5, 11, 12, 18, 19, 25, 26]],
      ["deadlineTo=2026-09-20", [1, 8, 23, 30]],
      // Together, as a shared link carries them.
      [`unitId=${f.unitB}&timing=escalated`, [9, 22]],
      ["text=华山路&status=returned", [4, 28]],
      [`siteId=${s0}&status=assigned,in_progress,new&timing=overdue`, [1, 2]],
      [`siteTypeId=${f.market}&timing=escalated&text=东岳`, [2]],
    ];
    for (const [query, expected] of cases) {
      const { codes, total } = await search(query);
      expect([...codes].sort(), query).toEqual(tl(...expected).sort());
      expect(total, query).toBe(expected.length);
    }
  });

  it("keeps a unit officer's search to their unit, and 'mine' to their own tasks", async () => {
    expect((await search("timing=escalated", officerB)).codes.sort()).toEqual(tl(9, 22));
    expect((await search("mine=true", officerA)).codes.sort()).toEqual(tl(2, 12));
    expect((await search(`ownerId=${officerA.id}`, officerB)).codes).toEqual([]);
  });

  it.each<[string, number[]]>([
    [
      "sort=found_desc",
      [
        29, 19, 9, 28, 18, 8, 27, 17, 7, 26, 16, 6, 25, 15, 5, 24, 14, 4, 30, 31, 23, 13, 3, 22, 12,
        2, 21, 11, 1, 20, 10, 0,
      ],
    ],
    [
      "sort=found_asc",
      [
        0, 10, 20, 1, 11, 21, 2, 12, 22, 3, 13, 23, 31, 30, 4, 14, 24, 5, 15, 25, 6, 16, 26, 7, 17,
        27, 8, 18, 28, 9, 19, 29,
      ],
    ],
    [
      "sort=due_asc",
      [
        1, 8, 23, 30, 2, 9, 16, 31, 3, 10, 17, 24, 4, 11, 18, 25, 5, 12, 19, 26, 6, 13, 20, 27, 7,
        14, 21, 28, 0, 15, 22, 29,
      ],
    ],
    [
      "sort=updated_desc",
      [
        30, 24, 18, 12, 6, 0, 31, 25, 19, 13, 7, 1, 26, 20, 14, 8, 2, 27, 21, 15, 9, 3, 28, 22, 16,
        10, 4, 29, 23, 17, 11, 5,
      ],
    ],
    // An order with a filter: the escalated ones by deadline (TL-22 has none: last).
    ["timing=escalated&sort=due_asc", [2, 9, 22]],
    // Found 09-04, 09-05, 09-06, 09-06, 09-07, 09-08, 09-08, 09-09, 09-10; ties by id.
    ["text=华山路&sort=found_asc", [3, 4, 5, 15, 16, 17, 27, 28, 29]],
  ])("lists %s in the order the table gives", async (query, order) => {
    expect((await search(query)).codes).toEqual(tl(...order));
  });

  it("drops what tasks.list would refuse, and names it", () => {
    const read = readTaskSearchParams(
      new URLSearchParams("timing=late&unitId=nope&status=closed,unknown&tab=overdue&text=A"),
    );
    expect(read.filters).toEqual({ text: "A" });
    expect(read.refused.sort()).toEqual(["status", "tab", "timing", "unitId"]);
  });
});
