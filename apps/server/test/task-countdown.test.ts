// Every row, card and task page says how late or how near a task is, in working days, as
// the server counted it (deadline-countdown.ts); the page only words it.
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./support/caller.ts";

// Monday 9 November 2026, 10:00 in Beijing.
const NOW = new Date("2026-11-09T02:00:00Z");

describe.each(testEngines())("deadline countdown in lists and on the task page on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    await f.task("in_progress", { code: "C-LATE", deadline: "2026-11-04" }); // last Wednesday
    await f.task("assigned", { code: "C-TODAY", deadline: "2026-11-09" });
    await f.task("in_progress", { code: "C-FRIDAY", deadline: "2026-11-13" });
    await f.task("in_progress", { code: "C-SUNDAY", deadline: "2026-11-08" }); // overdue since Monday 00:00
    await f.task("closed", { code: "C-CLOSED", deadline: "2026-11-04" });
  });
  afterAll(() => db.destroy());

  it("gives each open task's countdown in the list; none for a closed one", async () => {
    const page = await callerFor(db, f.users.coordinator, NOW).tasks.list({ limit: 50 });
    const byCode = Object.fromEntries(page.items.map((i) => [i.code, i.countdown]));
    expect(byCode).toEqual({
      // Thu 5, Fri 6 and Mon 9 November.
      "C-LATE": { kind: "overdue", count: 3, unit: "working_days" },
      "C-TODAY": { kind: "due_today", count: 0, unit: "days" },
      // Tue 10 … Fri 13.
      "C-FRIDAY": { kind: "left", count: 4, unit: "working_days" },
      // Monday is the first working day after a Sunday deadline.
      "C-SUNDAY": { kind: "overdue", count: 1, unit: "working_days" },
      "C-CLOSED": null,
    });
  });

  it("gives the same countdown on the task page", async () => {
    const page = await callerFor(db, f.users.coordinator, NOW).tasks.list({ limit: 50 });
    const late = page.items.find((i) => i.code === "C-LATE");
    const detail = await callerFor(db, f.users.coordinator, NOW).tasks.get({
      findingId: late?.findingId as string,
    });
    expect(detail.countdown).toEqual({ kind: "overdue", count: 3, unit: "working_days" });
  });

  it("marks an escalated task with its latest notice's level and the number of notices", async () => {
    const coordinator = callerFor(db, f.users.coordinator, NOW).tasks;
    const { findingId } = await f.task("in_progress", {
      code: "C-ESCALATED",
      deadline: "2026-11-04",
    });
    await coordinator.escalate({
      findingId,
      expectedVersion: 1,
      level: "supervision_notice",
      noticeText: "请于三日内完成整改",
    });
    await coordinator.escalate({
      findingId,
      // A notice bumps the task's version (one notice per version).
      expectedVersion: 2,
      level: "public_notice",
      noticeText: "逾期未改，予以通报",
    });
    const page = await coordinator.list({ limit: 50 });
    const marks = Object.fromEntries(page.items.map((i) => [i.code, i.escalation]));
    expect(marks["C-ESCALATED"]).toEqual({ level: "public_notice", count: 2 });
    expect(marks["C-LATE"]).toBeNull();
    expect((await coordinator.get({ findingId })).escalation).toEqual({
      level: "public_notice",
      count: 2,
    });
  });
});
