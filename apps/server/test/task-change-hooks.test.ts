// Every task change goes through one path (changeTask, and the creation of a finding's task),
// which runs the after-change hooks inside its transaction with a typed event. Here a hook
// records what it is given, and a failing hook rolls the whole change back.
import { addTaskChangeHook, type TaskChangeEvent } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z"); // 10:00 in Beijing, a Friday

describe.each(testEngines())("after-task-change hooks on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  it("run once per change, in its transaction, with action, before, after, actor, time and extra", async () => {
    const events: TaskChangeEvent[] = [];
    const seen: { action: string; auditRows: number }[] = [];
    const detach = addTaskChangeHook(async (tx, event) => {
      events.push(event);
      // The hook sees the change's own audit row: it runs inside the same transaction.
      const auditRows = await tx.auditEvent.count({
        where: { entityType: "task", entityId: event.findingId, action: event.action },
      });
      seen.push({ action: event.action, auditRows });
    });
    try {
      const inspector = callerFor(db, f.users.inspector, NOW);
      const coordinator = callerFor(db, f.users.coordinator, NOW);
      const officer = callerFor(db, f.users.officerA, NOW);
      const { findingId } = await inspector.findings.create({
        siteId: f.siteId,
        source: "routine_inspection",
        category: "public_environment",
        description: "候车厅垃圾桶满溢",
        photoIds: [f.photoId],
      });
      await coordinator.tasks.transition({
        action: "dispatch",
        findingId,
        expectedVersion: 1,
        unitId: f.unitA,
        deadline: "2026-11-27",
      });
      await coordinator.tasks.setDeadline({
        findingId,
        expectedVersion: 2,
        deadline: "2026-11-30",
        reason: "节假日顺延",
      });
      await coordinator.tasks.escalate({
        findingId,
        expectedVersion: 3,
        level: "supervision_notice",
        noticeText: "请于三日内完成整改",
      });
      await officer.tasks.transition({ action: "claim", findingId, expectedVersion: 4 });
      const { progressId } = await officer.tasks.postProgress({
        findingId,
        note: "已联系保洁公司",
        photoIds: [],
      });

      expect(events.map((e) => e.action)).toEqual([
        "create",
        "dispatch",
        "set_deadline",
        "escalate",
        "claim",
        "post_progress",
      ]);
      expect(seen.map((s) => s.auditRows)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(new Set(events.map((e) => e.findingId))).toEqual(new Set([findingId]));
      expect(new Set(events.map((e) => e.at.toISOString()))).toEqual(new Set([NOW.toISOString()]));
      expect(events.map((e) => e.actor?.id)).toEqual([
        f.users.inspector.id,
        f.users.coordinator.id,
        f.users.coordinator.id,
        f.users.coordinator.id,
        f.users.officerA.id,
        f.users.officerA.id,
      ]);
      const [create, dispatch, deadline, escalate, claim, progress] = events;
      expect(create).toMatchObject({
        before: null,
        after: { status: "new", unitId: null, deadline: null, version: 1 },
        extra: {},
      });
      expect(dispatch).toMatchObject({
        before: { status: "new", unitId: null, version: 1 },
        after: {
          status: "assigned",
          unitId: f.unitA,
          deadline: "2026-11-27",
          // 00:00 Beijing after the deadline day.
          dueAt: new Date("2026-11-27T16:00:00Z"),
          version: 2,
        },
        extra: { reason: null },
      });
      expect(deadline).toMatchObject({
        before: { deadline: "2026-11-27", version: 2 },
        after: { deadline: "2026-11-30", dueAt: new Date("2026-11-30T16:00:00Z"), version: 3 },
        extra: { reason: "节假日顺延", deadline: "2026-11-30" },
      });
      // An escalation is a versioned change: the row stays, its version moves on.
      expect(escalate).toMatchObject({
        before: { status: "assigned", version: 3 },
        after: { status: "assigned", version: 4 },
        extra: { level: "supervision_notice", noticeText: "请于三日内完成整改" },
      });
      const escalation = await db.prisma.escalation.findFirstOrThrow({
        where: { task: { findingId } },
        select: { id: true },
      });
      expect(escalate?.action === "escalate" && escalate.extra.escalationId).toBe(escalation.id);
      expect(claim).toMatchObject({
        before: { status: "assigned", ownerId: null },
        after: { status: "in_progress", ownerId: f.users.officerA.id, version: 5 },
      });
      expect(progress).toMatchObject({
        // Appended records (a progress note) leave the task row and its version as it was.
        after: { status: "in_progress", version: 5 },
        extra: { progressId, note: "已联系保洁公司", photoIds: [] },
      });
    } finally {
      detach();
    }
  });

  it("roll the change back with them when a hook fails", async () => {
    const { findingId } = await f.task("new");
    const detach = addTaskChangeHook(async () => {
      throw new Error("the outbox is full");
    });
    try {
      await expect(
        callerFor(db, f.users.coordinator, NOW).tasks.transition({
          action: "dispatch",
          findingId,
          expectedVersion: 1,
          unitId: f.unitA,
        }),
      ).rejects.toThrow();
    } finally {
      detach();
    }
    const task = await db.prisma.rectificationTask.findUniqueOrThrow({
      where: { findingId },
      select: { status: true, unitId: true, version: true },
    });
    expect(task).toEqual({ status: "new", unitId: null, version: 1 });
    expect(await db.prisma.auditEvent.count({ where: { entityId: findingId } })).toBe(0);
  });

  it("are not run once detached", async () => {
    let calls = 0;
    const detach = addTaskChangeHook(async () => {
      calls++;
    });
    detach();
    const { findingId } = await f.task("new");
    await callerFor(db, f.users.coordinator, NOW).tasks.transition({
      action: "dispatch",
      findingId,
      expectedVersion: 1,
      unitId: f.unitA,
    });
    expect(calls).toBe(0);
  });
});
