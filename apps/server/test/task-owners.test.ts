// A task has a named owner (a person of its unit) as well as the unit: dispatch may name one,
// a claim makes the claiming officer owner unless one was named, a transfer sets or clears it —
// each with its audit row; lists filter by owner, and the server says whom a form may choose.
import type { SignedInUser } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  createTestUser,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, domainErrorOf } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z"); // 10:00 in Beijing, a Friday

describe.each(testEngines())("task owners on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let officerA2: SignedInUser;
  const coordinator = () => callerFor(db, f.users.coordinator, NOW);
  const ownerAudit = async (findingId: string) =>
    (
      await db.prisma.auditEvent.findMany({
        where: { entityType: "task", entityId: findingId },
        orderBy: { id: "asc" },
        select: { action: true, before: true, after: true },
      })
    ).map((e) => [
      e.action,
      (e.before as { ownerId?: string | null } | null)?.ownerId ?? null,
      (e.after as { ownerId?: string | null } | null)?.ownerId ?? null,
    ]);

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    officerA2 = await createTestUser(db.prisma, "unit_officer", f.unitA, "officer-a2");
    await db.prisma.user.update({
      where: { id: f.users.officerA.id },
      data: { displayName: "张办事员" },
    });
    await db.prisma.user.update({ where: { id: officerA2.id }, data: { displayName: "李办事员" } });
  });
  afterAll(() => db.destroy());

  it("keeps the owner the dispatcher named when another officer of the unit claims", async () => {
    const { findingId } = await f.task("new");
    await coordinator().tasks.transition({
      action: "dispatch",
      findingId,
      expectedVersion: 1,
      unitId: f.unitA,
      ownerId: officerA2.id,
      deadline: "2026-11-27",
    });
    await callerFor(db, f.users.officerA, NOW).tasks.transition({
      action: "claim",
      findingId,
      expectedVersion: 2,
    });
    const task = await coordinator().tasks.get({ findingId });
    expect(task.owner).toEqual({ id: officerA2.id, name: "李办事员" });
    expect(await ownerAudit(findingId)).toEqual([
      ["dispatch", null, officerA2.id],
      ["claim", officerA2.id, officerA2.id],
    ]);
  });

  it("makes the claiming officer owner when nobody was named", async () => {
    const { findingId } = await f.task("assigned", { ownerId: null });
    await callerFor(db, f.users.officerA, NOW).tasks.transition({
      action: "claim",
      findingId,
      expectedVersion: 1,
    });
    expect((await coordinator().tasks.get({ findingId })).owner).toEqual({
      id: f.users.officerA.id,
      name: "张办事员",
    });
  });

  it("refuses an owner who is not an active officer of the unit, on the ownerId field", async () => {
    const { findingId } = await f.task("new");
    for (const ownerId of [f.users.officerB.id, f.users.inspector.id]) {
      expect(
        await domainErrorOf(
          coordinator().tasks.transition({
            action: "dispatch",
            findingId,
            expectedVersion: 1,
            unitId: f.unitA,
            ownerId,
          }),
        ),
      ).toEqual({
        code: "BAD_REQUEST",
        key: "owner.not_of_unit",
        fields: { ownerId: "owner.not_of_unit" },
      });
    }
  });

  it("sets the new unit's owner on transfer, or clears it when none is named", async () => {
    const { findingId } = await f.task("in_progress");
    await coordinator().tasks.transition({
      action: "transfer",
      findingId,
      expectedVersion: 1,
      unitId: f.unitB,
      ownerId: f.users.officerB.id,
      reason: "属市场监管职责",
    });
    await coordinator().tasks.transition({
      action: "transfer",
      findingId,
      expectedVersion: 2,
      unitId: f.unitA,
      reason: "退回原单位",
    });
    expect((await coordinator().tasks.get({ findingId })).owner).toBeNull();
    expect(await ownerAudit(findingId)).toEqual([
      ["transfer", f.users.officerA.id, f.users.officerB.id],
      ["transfer", f.users.officerB.id, null],
    ]);
  });

  it("filters lists by owner and by 'mine', and names the owner on each row", async () => {
    const db2 = await createTestDatabase(kind);
    try {
      const g = await createTaskFixture(db2.prisma);
      const a2 = await createTestUser(db2.prisma, "unit_officer", g.unitA, "a2");
      await db2.prisma.user.update({ where: { id: a2.id }, data: { displayName: "李办事员" } });
      await g.task("in_progress", { code: "OWN-1" }); // owned by officer A
      await g.task("in_progress", { code: "OWN-2", ownerId: a2.id });
      await g.task("assigned", { code: "OWN-3" }); // no owner yet
      const codes = async (user: SignedInUser, filter: { ownerId?: string; mine?: boolean }) =>
        (await callerFor(db2, user, NOW).tasks.list({ ...filter, sort: "found_asc" })).items.map(
          (t) => [t.code, t.ownerName],
        );
      expect(await codes(g.users.coordinator, { ownerId: a2.id })).toEqual([["OWN-2", "李办事员"]]);
      expect(await codes(g.users.officerA, { mine: true })).toEqual([["OWN-1", "测试用户"]]);
      expect(await codes(a2, { mine: true })).toEqual([["OWN-2", "李办事员"]]);
      expect(
        (await callerFor(db2, g.users.coordinator, NOW).tasks.count({ ownerId: a2.id })).total,
      ).toBe(1);
    } finally {
      await db2.destroy();
    }
  });

  it("lists the officers a unit's task may be given to; an officer sees only their own unit's", async () => {
    expect(await coordinator().tasks.unitOfficers({ unitId: f.unitA })).toEqual([
      { id: f.users.officerA.id, name: "张办事员" },
      { id: officerA2.id, name: "李办事员" },
    ]);
    expect(
      await domainErrorOf(
        callerFor(db, f.users.officerB, NOW).tasks.unitOfficers({ unitId: f.unitA }),
      ),
    ).toMatchObject({ code: "FORBIDDEN", key: "error.forbidden_unit" });
  });

  it("suggests the site's unit and its on-site contact as owner when dispatching", async () => {
    const { findingId } = await f.task("new");
    await db.prisma.site.update({
      where: { id: f.siteId },
      data: { contactName: "李办事员", contactMobile: "13900000002", contactUserId: officerA2.id },
    });
    expect((await coordinator().tasks.get({ findingId })).dispatchSuggestion).toEqual({
      unit: { id: f.unitA, name: "市交通运输局" },
      owner: { id: officerA2.id, name: "李办事员" },
    });
    // A contact who is not an officer of the site's unit is not offered as owner.
    await db.prisma.site.update({
      where: { id: f.siteId },
      data: { contactUserId: f.users.officerB.id },
    });
    expect((await coordinator().tasks.get({ findingId })).dispatchSuggestion).toEqual({
      unit: { id: f.unitA, name: "市交通运输局" },
      owner: null,
    });
    await db.prisma.site.update({ where: { id: f.siteId }, data: { contactUserId: null } });
  });
});
