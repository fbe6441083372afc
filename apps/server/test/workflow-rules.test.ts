import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf, domainErrorOf } from "./support/caller.ts";

describe.each(testEngines())("workflow rules on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  const unchanged = async (findingId: string, status: string) => {
    const task = await db.prisma.rectificationTask.findUniqueOrThrow({ where: { findingId } });
    expect(task).toMatchObject({ status, version: 1 });
    expect(await db.prisma.auditEvent.count({ where: { entityId: findingId } })).toBe(0);
  };

  it("needs a reason to return, mark partly fixed, reopen, transfer and cancel", async () => {
    const cases = [
      ["return", "submitted", {}],
      ["mark_partly_fixed", "submitted", { reason: "   " }],
      ["reopen", "closed", {}],
      ["transfer", "in_progress", { unitId: f.unitB }],
      ["cancel_duplicate", "new", { duplicateOfId: (await f.task("new")).findingId }],
    ] as const;
    for (const [action, from, extra] of cases) {
      const { findingId } = await f.task(from);
      const actor =
        action === "return" || action === "mark_partly_fixed" || action === "reopen"
          ? f.users.inspector
          : f.users.coordinator;
      const error = await domainErrorOf(
        callerFor(db, actor).tasks.transition({
          action,
          findingId,
          expectedVersion: 1,
          ...extra,
        } as never),
      );
      expect(error, action).toMatchObject({
        code: "BAD_REQUEST",
        key: "workflow.reason_required",
        fields: { reason: "workflow.reason_required" },
      });
      await unchanged(findingId, from);
    }
  });

  it("needs evidence photos to submit and an after photo to fix on the spot", async () => {
    const submitted = await f.task("in_progress");
    expect(
      await domainErrorOf(
        callerFor(db, f.users.officerA).tasks.transition({
          action: "submit",
          findingId: submitted.findingId,
          expectedVersion: 1,
          note: "已整改",
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { photoIds: "workflow.photo_required" } });
    await unchanged(submitted.findingId, "in_progress");

    const onSpot = await f.task("new");
    expect(
      await domainErrorOf(
        callerFor(db, f.users.inspector).tasks.transition({
          action: "fix_on_spot",
          findingId: onSpot.findingId,
          expectedVersion: 1,
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { photoIds: "workflow.photo_required" } });
    await unchanged(onSpot.findingId, "new");
  });

  it("refuses a photo that does not exist, writing nothing", async () => {
    const { findingId } = await f.task("in_progress");
    const error = await domainErrorOf(
      callerFor(db, f.users.officerA).tasks.transition({
        action: "submit",
        findingId,
        expectedVersion: 1,
        note: "已整改",
        photoIds: ["00000000-0000-4000-8000-000000000000"],
      }),
    );
    expect(error).toMatchObject({ code: "BAD_REQUEST", fields: { photoIds: "photo.not_found" } });
    await unchanged(findingId, "in_progress");
    expect(await db.prisma.progressUpdate.count({ where: { task: { findingId } } })).toBe(0);
  });

  it("never lets the person who submitted a fix verify it", async () => {
    // An officer who later became an inspector: the rule is about the person, not the role.
    const { findingId } = await f.task("submitted", { submittedById: f.users.inspector.id });
    for (const action of ["close", "return", "mark_partly_fixed"] as const) {
      const error = await domainErrorOf(
        callerFor(db, f.users.inspector).tasks.transition({
          action,
          findingId,
          expectedVersion: 1,
          reason: "x",
        }),
      );
      expect(error).toMatchObject({ code: "FORBIDDEN", key: "workflow.verifier_is_submitter" });
    }
    await unchanged(findingId, "submitted");
    expect(
      await codeOf(
        callerFor(db, f.users.coordinator).tasks.transition({
          action: "close",
          findingId,
          expectedVersion: 1,
        }),
      ),
    ).toBe("OK");
  });

  it("answers a stale version with a conflict and keeps the other person's change", async () => {
    const { findingId } = await f.task("assigned");
    await callerFor(db, f.users.officerA).tasks.transition({
      action: "claim",
      findingId,
      expectedVersion: 1,
    });
    const error = await domainErrorOf(
      callerFor(db, f.users.coordinator).tasks.transition({
        action: "transfer",
        findingId,
        expectedVersion: 1,
        unitId: f.unitB,
        reason: "转办",
      }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", key: "error.stale_version" });
    const task = await db.prisma.rectificationTask.findUniqueOrThrow({ where: { findingId } });
    expect(task).toMatchObject({
      status: "in_progress",
      unitId: f.unitA,
      version: 2,
      ownerId: f.users.officerA.id,
    });
  });

  it("lets exactly one of two concurrent updates of one task succeed", async () => {
    for (let round = 0; round < 5; round++) {
      const { findingId } = await f.task("in_progress");
      const results = await Promise.all([
        codeOf(
          callerFor(db, f.users.coordinator).tasks.transition({
            action: "transfer",
            findingId,
            expectedVersion: 1,
            unitId: f.unitB,
            reason: "转办",
          }),
        ),
        codeOf(
          callerFor(db, f.users.coordinator).tasks.setDeadline({
            findingId,
            expectedVersion: 1,
            deadline: "2027-01-15",
            reason: "延期",
          }),
        ),
      ]);
      expect(results.sort()).toEqual(["CONFLICT", "OK"]);
      const task = await db.prisma.rectificationTask.findUniqueOrThrow({ where: { findingId } });
      expect(task.version).toBe(2);
      expect(await db.prisma.auditEvent.count({ where: { entityId: findingId } })).toBe(1);
    }
  });

  it("answers an unknown task with not found and another unit's task with forbidden", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await codeOf(callerFor(db, f.users.coordinator).tasks.get({ findingId: unknown }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(
        callerFor(db, f.users.coordinator).tasks.transition({
          action: "claim",
          findingId: unknown,
          expectedVersion: 1,
        }),
      ),
    ).toBe("NOT_FOUND");
    const { findingId } = await f.task("assigned");
    const officerB = callerFor(db, f.users.officerB);
    expect(await codeOf(officerB.tasks.get({ findingId }))).toBe("FORBIDDEN");
    expect(await codeOf(officerB.tasks.history({ findingId }))).toBe("FORBIDDEN");
    expect(
      await codeOf(officerB.tasks.transition({ action: "claim", findingId, expectedVersion: 1 })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(officerB.tasks.postProgress({ findingId, note: "x" }))).toBe("FORBIDDEN");
    await unchanged(findingId, "assigned");
  });

  it("rejects malformed ids, dates and unknown actions as bad requests", async () => {
    const coordinator = callerFor(db, f.users.coordinator);
    const { findingId } = await f.task("assigned");
    expect(await codeOf(coordinator.tasks.get({ findingId: "not-a-uuid" }))).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        coordinator.tasks.setDeadline({
          findingId,
          expectedVersion: 1,
          deadline: "2026-02-30",
          reason: "x",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        coordinator.tasks.transition({ action: "explode", findingId, expectedVersion: 1 } as never),
      ),
    ).toBe("BAD_REQUEST");
    await unchanged(findingId, "assigned");
  });

  it("keeps leaders read-only: they read tasks and history but change nothing", async () => {
    const { findingId } = await f.task("submitted");
    const leader = callerFor(db, f.users.leader);
    expect((await leader.tasks.get({ findingId })).status).toBe("submitted");
    expect(await leader.tasks.history({ findingId })).toEqual([]);
    expect(
      await codeOf(leader.tasks.transition({ action: "close", findingId, expectedVersion: 1 })),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        leader.tasks.setDeadline({
          findingId,
          expectedVersion: 1,
          deadline: "2027-01-01",
          reason: "x",
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        leader.tasks.escalate({
          findingId,
          expectedVersion: 1,
          level: "public_notice",
          noticeText: "通报",
        }),
      ),
    ).toBe("FORBIDDEN");
    await unchanged(findingId, "submitted");
  });

  it("refuses anonymous callers", async () => {
    const { findingId } = await f.task("assigned");
    expect(await codeOf(callerFor(db, null).tasks.get({ findingId }))).toBe("UNAUTHORIZED");
    expect(await codeOf(callerFor(db, null).overview.tiles())).toBe("UNAUTHORIZED");
  });
});
