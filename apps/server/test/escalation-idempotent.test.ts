// An escalation is a versioned change: issued against the version the coordinator read, it
// bumps the version; the same request sent again stores nothing new (issue 9: 50 sends of
// tasks.escalate with one version stored 50 notices).
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";

describe.each(testEngines())("escalation versioned and idempotent on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  const notice = (
    findingId: string,
    expectedVersion: number,
    noticeText = "请于三日内完成整改",
  ) => ({
    findingId,
    expectedVersion,
    level: "supervision_notice" as const,
    noticeText,
  });

  it("stores one notice for 50 sends of the same request, and bumps the version once", async () => {
    const { findingId } = await f.task("in_progress");
    const coordinator = callerFor(db, f.users.coordinator).tasks;
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++)
      ids.add((await coordinator.escalate(notice(findingId, 1))).escalationId);
    expect(ids.size).toBe(1);
    expect(await db.prisma.escalation.count({ where: { task: { findingId } } })).toBe(1);
    expect((await coordinator.get({ findingId })).version).toBe(2);
    // Another notice on the old version is a conflict; on the new one it is a second notice.
    expect(await codeOf(coordinator.escalate(notice(findingId, 1, "再次督办")))).toBe("CONFLICT");
    await coordinator.escalate(notice(findingId, 2, "再次督办"));
    expect(await db.prisma.escalation.count({ where: { task: { findingId } } })).toBe(2);
  });

  it("stores one notice when 20 identical sends race", async () => {
    const { findingId } = await f.task("in_progress");
    const coordinator = callerFor(db, f.users.coordinator).tasks;
    const codes = await Promise.all(
      Array.from({ length: 20 }, () => codeOf(coordinator.escalate(notice(findingId, 1)))),
    );
    expect(codes.filter((c) => c === "OK").length).toBeGreaterThanOrEqual(1);
    expect(codes.every((c) => c === "OK" || c === "CONFLICT")).toBe(true);
    expect(await db.prisma.escalation.count({ where: { task: { findingId } } })).toBe(1);
  });

  it("refuses a replay to a caller who may not see the task", async () => {
    const { findingId } = await f.task("in_progress");
    await callerFor(db, f.users.coordinator).tasks.escalate(notice(findingId, 1));
    expect(await codeOf(callerFor(db, f.users.officerB).tasks.escalate(notice(findingId, 1)))).toBe(
      "FORBIDDEN",
    );
  });
});
