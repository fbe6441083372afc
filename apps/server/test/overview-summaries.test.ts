// The overview summaries are kept by database triggers in the same transaction as each task
// change. After a random sequence of workflow actions through the API (and data fixes to
// findings), they must equal (a) what the domain's own predicates count from the task rows,
// and (b) a rebuild from scratch — on both engines.
import { type Database, rebuildSummaries } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  createTestPhoto,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import {
  CLOSED_STATUS,
  daysToClose,
  type FindingStatus,
  isClosedOnTime,
  isOpenStatus,
  shanghaiDate,
  type TransitionInput,
} from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./support/caller.ts";

const NIL = "00000000-0000-0000-0000-000000000000";
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Every summary row, as sorted lines, so two states compare as plain arrays. */
async function summaryState(db: Database): Promise<string[]> {
  const tables = [
    `SELECT 'found', "unitId", "siteId", category, "foundDay"::text, tasks, open, closed,
            "closedOnTime", "closedWithDeadline" FROM summary_task_found`,
    `SELECT 'open', "unitId", "siteId", category, "foundDay"::text, "overdueFrom"::text, open
       FROM summary_task_open`,
    `SELECT 'closed', "unitId", "siteId", category, "closedDay"::text, closed
       FROM summary_task_closed`,
    `SELECT 'close_time', "unitId", "siteId", category, "foundDay"::text, "hoursToClose", closed
       FROM summary_task_close_time`,
  ];
  const lines: string[] = [];
  for (const sql of tables) {
    for (const row of (await db.executeSql(sql)).rows) lines.push(Object.values(row).join("|"));
  }
  return lines.sort();
}

/** The found-day summary recounted in JavaScript with the domain's predicates. */
async function foundByDomain(db: Database): Promise<string[]> {
  const tasks = await db.prisma.rectificationTask.findMany({ include: { finding: true } });
  const rows = new Map<string, number[]>();
  for (const t of tasks) {
    const key = [
      t.unitId ?? NIL,
      t.finding.siteId,
      t.finding.category,
      shanghaiDate(t.finding.foundAt),
    ].join("|");
    const status = t.status as FindingStatus;
    const add = [
      1,
      isOpenStatus(status) ? 1 : 0,
      status === CLOSED_STATUS ? 1 : 0,
      isClosedOnTime({ status, dueAt: t.dueAt, closedAt: t.closedAt }) ? 1 : 0,
      status === CLOSED_STATUS && t.dueAt ? 1 : 0,
    ];
    const sum = rows.get(key) ?? [0, 0, 0, 0, 0];
    rows.set(
      key,
      sum.map((v, i) => v + (add[i] ?? 0)),
    );
  }
  return [...rows].map(([key, v]) => `found|${key}|${v.join("|")}`).sort();
}

describe.each(testEngines())("overview summaries on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db?.destroy());

  it("count one task through dispatch and an on-time close exactly (worked by hand)", async () => {
    const { findingId } = await f.task("new");
    // Found 2026-03-02 10:00 Beijing; dispatched with deadline 03-06 (overdue from 03-07
    // 00:00); closed 03-05 18:00 Beijing = 3 days 8 hours later → 80 hours, on time.
    await db.prisma.finding.update({
      where: { id: findingId },
      data: { foundAt: new Date("2026-03-02T02:00:00Z") },
    });
    const at = (iso: string) => callerFor(db, f.users.coordinator, new Date(iso)).tasks;
    await at("2026-03-02T03:00:00Z").transition({
      action: "dispatch",
      findingId,
      expectedVersion: 1,
      unitId: f.unitA,
      deadline: "2026-03-06",
    } as TransitionInput);
    const open = await summaryState(db);
    const mine = (lines: string[]) => lines.filter((l) => l.includes("2026-03-02"));
    expect(mine(open)).toEqual([
      `found|${f.unitA}|${f.siteId}|public_environment|2026-03-02|1|1|0|0|0`,
      `open|${f.unitA}|${f.siteId}|public_environment|2026-03-02|2026-03-07|1`,
    ]);
    const officer = callerFor(db, f.users.officerA, new Date("2026-03-03T01:00:00Z")).tasks;
    await officer.transition({ action: "claim", findingId, expectedVersion: 2 } as TransitionInput);
    await officer.transition({
      action: "submit",
      findingId,
      expectedVersion: 3,
      note: "已清理",
      photoIds: [f.officerPhotoId],
    } as TransitionInput);
    await at("2026-03-05T10:00:00Z").transition({
      action: "close",
      findingId,
      expectedVersion: 4,
      comment: "合格",
    } as TransitionInput);
    const closed = await summaryState(db);
    expect(closed.filter((l) => l.includes(findingId) || l.includes("2026-03-0"))).toEqual([
      `close_time|${f.unitA}|${f.siteId}|public_environment|2026-03-02|80|1`,
      `closed|${f.unitA}|${f.siteId}|public_environment|2026-03-05|1`,
      `found|${f.unitA}|${f.siteId}|public_environment|2026-03-02|1|0|1|1|1`,
    ]);
  });

  it("after a random sequence of workflow actions equal the domain's recount and a rebuild", async () => {
    let seed = 20261201;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;
    const ids: string[] = [];
    for (const status of [
      "new",
      "new",
      "new",
      "new",
      "assigned",
      "in_progress",
      "submitted",
      "closed",
    ] as const) {
      ids.push(
        (await f.task(status, { deadline: status === "new" ? null : "2026-03-20" })).findingId,
      );
    }
    const categories = ["public_environment", "public_order", "infrastructure"];
    let clock = new Date("2026-03-10T01:00:00Z").getTime();
    let applied = 0;
    // Photos are scoped: each unit's officer attaches evidence they uploaded.
    const officerBPhoto = await createTestPhoto(db.prisma, f.users.officerB.id);
    for (let step = 0; step < 100; step++) {
      clock += Math.floor(rand() * 40) * 3_600_000;
      const now = new Date(clock);
      const findingId = pick(ids);
      const task = await db.prisma.rectificationTask.findUniqueOrThrow({ where: { findingId } });
      const officer = task.unitId === f.unitB ? f.users.officerB : f.users.officerA;
      const v = task.version;
      // Each action from the state it starts from, so most steps are allowed moves.
      const moves: [string, keyof TaskFixture["users"] | "officer", Record<string, unknown>][] = [
        ["new", "coordinator", { action: "dispatch", unitId: pick([f.unitA, f.unitB]) }],
        ["assigned", "officer", { action: "claim" }],
        [
          "in_progress",
          "officer",
          {
            action: "submit",
            note: "已整改",
            photoIds: [task.unitId === f.unitB ? officerBPhoto : f.officerPhotoId],
          },
        ],
        ["submitted", "coordinator", { action: "close", comment: "合格" }],
        ["submitted", "coordinator", { action: "return", reason: "未整改到位" }],
        ["submitted", "coordinator", { action: "mark_partly_fixed", reason: "部分整改" }],
        ["returned partly_fixed", "officer", { action: "resume" }],
        ["closed", "coordinator", { action: "reopen", reason: "反弹" }],
        ["new", "inspector", { action: "fix_on_spot", photoIds: [f.photoId] }],
        [
          "in_progress",
          "coordinator",
          {
            action: "transfer",
            unitId: task.unitId === f.unitA ? f.unitB : f.unitA,
            reason: "职责调整",
          },
        ],
        [
          "new",
          "coordinator",
          {
            action: "cancel_duplicate",
            duplicateOfId: ids[0] === findingId ? ids[1] : ids[0],
            reason: "重复",
          },
        ],
      ];
      if (rand() < 0.12) {
        // A data fix outside the workflow: the finding's category or time changes.
        await db.prisma.finding.update({
          where: { id: findingId },
          data:
            rand() < 0.5
              ? { category: pick(categories) }
              : { foundAt: new Date(clock - 5 * 86_400_000) },
        });
        continue;
      }
      if (rand() < 0.1) {
        const ok = await callerFor(db, f.users.coordinator, now)
          .tasks.setDeadline({
            findingId,
            expectedVersion: v,
            deadline: day(new Date(clock + 3 * 86_400_000)),
            reason: "延期",
          })
          .then(
            () => true,
            () => false,
          );
        applied += ok ? 1 : 0;
        continue;
      }
      const possible = moves.filter(([from]) => from.split(" ").includes(task.status));
      if (possible.length === 0) continue;
      const [, who, input] = pick(possible);
      const actor = who === "officer" ? officer : f.users[who];
      const ok = await callerFor(db, actor, now)
        .tasks.transition({ ...input, findingId, expectedVersion: v } as TransitionInput)
        .then(
          () => true,
          () => false,
        );
      applied += ok ? 1 : 0;
    }
    expect(applied).toBeGreaterThan(30); // the sequence really moved tasks around

    const kept = await summaryState(db);
    expect(kept.filter((l) => l.startsWith("found|"))).toEqual(await foundByDomain(db));
    const rebuilt = await rebuildSummaries(db.prisma);
    expect(rebuilt.differingRows).toBe(0);
    expect(await summaryState(db)).toEqual(kept);
    // Every closed task is in the close-time and closed-day summaries once.
    const closed = await db.prisma.rectificationTask.findMany({
      where: { status: CLOSED_STATUS },
      include: { finding: true },
    });
    const hours = closed.map((t) =>
      Math.floor(daysToClose(t.finding.foundAt, t.closedAt as Date) * 24),
    );
    const histogram = await db.prisma.summaryTaskCloseTime.findMany();
    expect(histogram.reduce((n, r) => n + r.closed, 0)).toBe(closed.length);
    expect(histogram.flatMap((r) => Array(r.closed).fill(r.hoursToClose)).sort()).toEqual(
      hours.sort(),
    );
  }, 90_000);

  it("a rebuild repairs summaries that were changed behind the triggers' back", async () => {
    await db.executeSql(
      `UPDATE summary_task_found SET tasks = tasks + 5 WHERE ctid IN (SELECT ctid FROM summary_task_found LIMIT 2)`,
    );
    await db.executeSql(
      `DELETE FROM summary_task_open WHERE ctid IN (SELECT ctid FROM summary_task_open LIMIT 1)`,
    );
    const repaired = await rebuildSummaries(db.prisma);
    expect(repaired.differingRows).toBe(5); // 2 wrong rows (old + new each) and 1 missing
    expect((await rebuildSummaries(db.prisma)).differingRows).toBe(0);
  });
});
