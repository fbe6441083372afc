import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, domainErrorOf } from "./support/caller.ts";

// 2026 National Day and Mid-Autumn: 1–7 October are holidays and Saturday 10 October is an
// adjusted working day (official calendar, as shipped by the chinese-days package).
const WEDNESDAY_30_SEPT_NOON = new Date("2026-09-30T04:00:00Z");

describe.each(testEngines())("deadlines in working days on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    // public_order has 3 working days by default (shipped in the migration).
  });
  afterAll(() => db.destroy());

  async function dispatch(now: Date) {
    const { findingId } = await f.task("new");
    await db.prisma.finding.update({
      where: { id: findingId },
      data: { category: "public_order" },
    });
    await callerFor(db, f.users.coordinator, now).tasks.transition({
      action: "dispatch",
      findingId,
      expectedVersion: 1,
      unitId: f.unitA,
    });
    return callerFor(db, f.users.coordinator, now).tasks.get({ findingId });
  }

  it("skips the National Day holiday and counts the adjusted Saturday", async () => {
    // Working days after 30 Sept: Thu 8 Oct (1), Fri 9 Oct (2), Sat 10 Oct — adjusted (3).
    const task = await dispatch(WEDNESDAY_30_SEPT_NOON);
    expect(task.deadline).toBe("2026-10-10");
    expect(task.dueAt?.toISOString()).toBe("2026-10-10T16:00:00.000Z"); // 00:00 on 11 Oct, Beijing
  });

  it("honours a city's own holiday added by an admin", async () => {
    await db.prisma.calendarDay.create({
      data: { date: new Date("2026-10-09T00:00:00Z"), kind: "holiday", note: "市级活动日" },
    });
    // Thu 8 Oct (1), Sat 10 Oct (2), Mon 12 Oct (3): Fri 9 is now a holiday, Sun 11 a weekend.
    const task = await dispatch(WEDNESDAY_30_SEPT_NOON);
    expect(task.deadline).toBe("2026-10-12");
    await db.prisma.calendarDay.deleteMany();
  });

  it("lets a coordinator move a deadline only with a reason, and records it", async () => {
    const task = await dispatch(WEDNESDAY_30_SEPT_NOON);
    const coordinator = callerFor(db, f.users.coordinator, WEDNESDAY_30_SEPT_NOON);
    expect(
      await domainErrorOf(
        coordinator.tasks.setDeadline({
          findingId: task.findingId,
          expectedVersion: 2,
          deadline: "2026-10-20",
          reason: "",
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await domainErrorOf(
        coordinator.tasks.setDeadline({
          findingId: task.findingId,
          expectedVersion: 2,
          deadline: "2026-09-29",
          reason: "补录",
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { deadline: "workflow.deadline_in_past" } });
    const moved = await coordinator.tasks.setDeadline({
      findingId: task.findingId,
      expectedVersion: 2,
      deadline: "2026-10-20",
      reason: "需采购材料",
    });
    expect(moved.version).toBe(3);
    const history = await coordinator.tasks.history({ findingId: task.findingId });
    expect(history.at(-1)).toMatchObject({
      action: "set_deadline",
      reason: "需采购材料",
      before: { deadline: "2026-10-10" },
      after: { deadline: "2026-10-20" },
    });
    expect(
      await domainErrorOf(
        callerFor(db, f.users.inspector).tasks.setDeadline({
          findingId: task.findingId,
          expectedVersion: 3,
          deadline: "2026-10-21",
          reason: "x",
        }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("flags overdue exactly from 00:00 Beijing time after the deadline day", async () => {
    const task = await dispatch(WEDNESDAY_30_SEPT_NOON);
    const at = (iso: string) =>
      callerFor(db, f.users.leader, new Date(iso)).tasks.get({ findingId: task.findingId });
    expect((await at("2026-10-10T15:59:59.999Z")).overdue).toBe(false);
    const due = await at("2026-10-10T16:00:00.000Z");
    expect(due.overdue).toBe(true);
    expect(due.warning).toBe("red");
  });
});
