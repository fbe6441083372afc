// The edges of the timing rules as the task list sees them: the overdue instant, a due-soon
// window across the National Day holiday, rows without a deadline or assignment time, and
// paging while the rows being paged change.
import type { SignedInUser } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  findingRecords,
  siteRecord,
  siteTypeRecord,
  type TestDatabase,
  testEngines,
  unitRecord,
} from "@cw/db/testing";
import {
  DEFAULT_SETTINGS,
  dueSoonCriteria,
  type ListTasksInput,
  workingCalendar,
} from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "../src/context.ts";
import { taskListProcedures } from "../src/routers/task-list-procedures.ts";
import { createCallerFactory, router } from "../src/trpc.ts";
import { codeOf } from "./support/caller.ts";
import { NOW } from "./support/task-list-fixture.ts";

const createCaller = createCallerFactory(router({ tasks: router(taskListProcedures) }));
type Name = "boundary" | "today" | "oct8" | "oct9" | "oct10" | "noDeadline" | "noAssignedAt";

describe.each(testEngines())("task list timing edges on %s", (kind) => {
  let db: TestDatabase;
  let leader: SignedInUser;
  const id: Partial<Record<Name, string>> = {};

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    leader = await createTestUser(db.prisma, "leader");
    const unit = unitRecord();
    const type = siteTypeRecord();
    const site = siteRecord({ siteTypeId: type.id, responsibleUnitId: unit.id });
    await db.prisma.responsibleUnit.create({ data: unit });
    await db.prisma.siteType.create({ data: type });
    await db.prisma.site.create({ data: site });
    const make = (
      name: Name,
      status: "in_progress" | "partly_fixed" | "assigned",
      deadline: string | null,
    ) => {
      const r = findingRecords({ siteId: site.id, status, deadline, unitId: unit.id, code: name });
      id[name] = r.task.id;
      return r;
    };
    const records = [
      make("boundary", "in_progress", "2026-10-20"),
      make("today", "in_progress", "2026-09-30"),
      make("oct8", "in_progress", "2026-10-08"),
      make("oct9", "in_progress", "2026-10-09"),
      make("oct10", "in_progress", "2026-10-10"),
      // Sent back for rework and never given a deadline: behind (yellow), not overdue.
      make("noDeadline", "partly_fixed", null),
      // Imported without an assignment time: it cannot be "unclaimed for 24 h", so it is blue.
      make("noAssignedAt", "assigned", "2026-10-08"),
    ];
    const last = records.at(-1);
    if (last) last.task.assignedAt = null;
    await db.prisma.finding.createMany({ data: records.map((r) => r.finding) });
    await db.prisma.rectificationTask.createMany({ data: records.map((r) => r.task) });
  });
  afterAll(() => db.destroy());

  const at = (now: Date) => createCaller(callerContext(db, leader, { now: () => now })).tasks;
  const codes = async (now: Date, input: Partial<ListTasksInput>) =>
    (await at(now).list({ sort: "due_asc", ...input })).items.map((i) => i.code);

  it("is overdue from the instant dueAt equals now, and not one millisecond before", async () => {
    // Deadline 20 Oct: the unit may work all that day; overdue from 00:00 on 21 Oct in Beijing.
    // Everything else here is long overdue by then; the text filter keeps to this one task.
    const dueAt = new Date("2026-10-20T16:00:00.000Z");
    const before = new Date(dueAt.getTime() - 1); // i.e. dueAt = now + 1 ms
    expect(await codes(dueAt, { timing: "overdue", text: "boundary" })).toEqual(["boundary"]);
    expect(await at(dueAt).count({ timing: "overdue", text: "boundary" })).toEqual({ total: 1 });
    expect(await codes(before, { timing: "overdue", text: "boundary" })).toEqual([]);
    expect(await at(before).count({ warning: "red", text: "boundary" })).toEqual({ total: 0 });
    const [item] = (await at(dueAt).list({ text: "boundary" })).items;
    expect([item?.overdue, item?.warning]).toEqual([true, "red"]);
    const [early] = (await at(before).list({ text: "boundary" })).items;
    expect([early?.overdue, early?.warning]).toEqual([false, "blue"]);
  });

  it("counts the due-soon window in working days across the National Day holiday", async () => {
    // NOW is Wed 30 Sep 2026, 12:00 Beijing; the window is 2 working days (the default).
    // Official 2026 calendar (chinese-days): 1–7 Oct off; Thu 8 and Fri 9 Oct are ordinary
    // working days (8 Oct is NOT a holiday); Sat 10 Oct is a make-up working day (调休).
    // Counting from 30 Sep (not itself counted): 8 Oct is working day 1, 9 Oct is day 2.
    // So deadlines up to 9 Oct are due soon: dueAt <= 10 Oct 00:00 Beijing = 9 Oct 16:00Z.
    // Weekdays alone would have ended the window on Fri 2 Oct.
    const calendar = workingCalendar();
    const days = ["2026-10-01", "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-10"];
    expect(days.map((d) => calendar.isWorkingDay(d))).toEqual([false, false, true, true, true]);
    expect(
      dueSoonCriteria(NOW, calendar, DEFAULT_SETTINGS.dueSoonWorkingDays).dueAtOnOrBefore,
    ).toEqual(new Date("2026-10-09T16:00:00.000Z"));
    const dueSoon = ["today", "oct8", "noAssignedAt", "oct9"];
    expect((await codes(NOW, { timing: "due_soon" })).sort()).toEqual([...dueSoon].sort());
    expect((await codes(NOW, { warning: "blue" })).sort()).toEqual([...dueSoon].sort());
    expect(await at(NOW).count({ timing: "due_soon" })).toEqual({ total: 4 });

    // A city's own holiday on 9 Oct moves day 2 to the make-up Saturday, 10 Oct.
    await db.prisma.calendarDay.create({
      data: { date: new Date("2026-10-09T00:00:00Z"), kind: "holiday", note: "测试" },
    });
    try {
      expect(await codes(NOW, { timing: "due_soon" })).toContain("oct10");
      expect(await at(NOW).count({ timing: "due_soon" })).toEqual({ total: 5 });
    } finally {
      await db.prisma.calendarDay.deleteMany({});
    }
  });

  it("treats rows without a deadline or assignment time alike in SQL and in memory", async () => {
    expect(await codes(NOW, { warning: "yellow" })).toEqual(["noDeadline"]);
    expect(await at(NOW).count({ warning: "yellow" })).toEqual({ total: 1 });
    expect(await codes(NOW, { timing: "unclaimed" })).toEqual([]);
    const items = (await at(NOW).list({ sort: "due_asc" })).items;
    const flags = Object.fromEntries(items.map((i) => [i.code, i.warning]));
    expect(flags).toMatchObject({ noDeadline: "yellow", noAssignedAt: "blue", oct10: null });
    expect(items.at(-1)?.code).toBe("noDeadline"); // no deadline sorts last
  });

  it("loses and repeats nothing when the last row of a page changes before the next page", async () => {
    const tasks = at(NOW);
    const first = await tasks.list({ status: ["in_progress"], sort: "due_asc", limit: 2 });
    expect(first.items.map((i) => i.code)).toEqual(["today", "oct8"]);
    // The cursor's own row stops matching the filter (and its updatedAt moves on).
    await db.prisma.rectificationTask.update({
      where: { id: id.oct8 as string },
      data: { status: "submitted", version: { increment: 1 } },
    });
    const rest = await tasks.list({
      status: ["in_progress"],
      sort: "due_asc",
      limit: 10,
      cursor: first.nextCursor ?? "",
    });
    expect(rest.items.map((i) => i.code)).toEqual(["oct9", "oct10", "boundary"]);
    expect(rest.nextCursor).toBeNull();

    // Most recently updated first: a row edited after page 1 moves to the top, already seen.
    const top = await tasks.list({ sort: "updated_desc", limit: 3 });
    await db.prisma.rectificationTask.update({
      where: { id: top.items[2]?.taskId as string },
      data: { version: { increment: 1 } },
    });
    const more = await tasks.list({
      sort: "updated_desc",
      limit: 10,
      cursor: top.nextCursor ?? "",
    });
    const seen = [...top.items, ...more.items].map((i) => i.taskId);
    expect(new Set(seen).size).toBe(7);
    expect(seen).toHaveLength(7);

    // A cursor is bound to its order, and a forged one is bad input rather than a crash.
    const wrongOrder = tasks.list({ sort: "found_asc", cursor: first.nextCursor ?? "" });
    expect(await codeOf(wrongOrder)).toBe("BAD_REQUEST");
    expect(await codeOf(tasks.list({ cursor: "bm90LWEtdXVpZA" }))).toBe("BAD_REQUEST");
  });
});
