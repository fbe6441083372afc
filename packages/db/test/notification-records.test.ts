// The records the supervision loop writes: each task's people (owner, liaisons, head) and
// notifications that happen once per key, however often they are asked for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNotifications, loadTaskRecipients } from "../src/index.ts";
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "../src/testing/index.ts";

describe.each(testEngines())("notification records on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let taskId: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    const { findingId } = await f.task("assigned");
    const task = await db.prisma.rectificationTask.update({
      where: { findingId },
      data: { ownerId: f.users.officerA.id },
      select: { id: true },
    });
    taskId = task.id;
    await db.prisma.user.update({
      where: { id: f.users.officerA.id },
      data: { displayName: "张办事员", email: "officer-a@example.org", locale: "en" },
    });
    await db.prisma.unitContact.createMany({
      data: [
        {
          unitId: f.unitA,
          role: "liaison",
          name: "王联络",
          mobile: "13800000001",
          email: "wang@example.org",
        },
        // The owner is also a liaison: reached once, as the owner.
        { unitId: f.unitA, role: "liaison", name: "officer A", userId: f.users.officerA.id },
        { unitId: f.unitA, role: "head", name: "李局长", mobile: "13800000002" },
        { unitId: f.unitA, role: "liaison", name: "已离任", active: false },
        { unitId: f.unitB, role: "liaison", name: "乙单位联络员" },
      ],
    });
  });
  afterAll(() => db.destroy());

  it("lists the owner, then the unit's active liaisons, then its head, each once", async () => {
    const people = await loadTaskRecipients(db.prisma, [taskId], ["owner", "liaison", "head"]);
    expect(people.map((p) => [p.audience, p.name, p.email, p.locale])).toEqual([
      ["owner", "张办事员", "officer-a@example.org", "en"],
      ["liaison", "王联络", "wang@example.org", "zh-CN"],
      ["head", "李局长", null, "zh-CN"],
    ]);
    expect(people[0]?.recipient).toEqual({ userId: f.users.officerA.id });
  });

  it("records a key once, whether repeated in one call or asked again", async () => {
    const request = {
      event: "overdue" as const,
      taskId,
      recipient: { userId: f.users.officerA.id },
      title: "到期催办",
      body: "任务已逾期",
      link: "/tasks/x",
      dedupeKey: `overdue:${taskId}:2026-12-02`,
    };
    const at = new Date("2026-12-02T01:00:00Z");
    expect(await createNotifications(db.prisma, at, [request, request])).toHaveLength(1);
    expect(await createNotifications(db.prisma, at, [request])).toEqual([]);
    expect(await db.prisma.notification.count({ where: { taskId } })).toBe(1);
  });
});
