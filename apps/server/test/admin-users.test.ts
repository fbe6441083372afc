import { authenticate, createSession, serviceContext } from "@cw/db";
import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AdminFixture,
  adminFixture,
  auditEvents,
  NOW,
  onlyAdmin,
  rejects,
} from "./support/admin-fixture.ts";

const MISSING = "00000000-0000-4000-8000-000000000000";
const PASSWORD = "Huayin-2026!";

describe.each(testEngines())("admin: users on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
  });
  afterAll(() => db.destroy());
  /** Sign-in and sessions as the server does them for a caller not yet signed in. */
  const anonymous = () => serviceContext(db.prisma, null, { now: NOW });

  it("lets admins and coordinators read users, and only admins change them", async () => {
    for (const role of ["admin", "coordinator"] as const) {
      const page = await fx.as(role).users.list({});
      expect(page.items.length).toBeGreaterThanOrEqual(5);
      await fx.as(role).users.get({ id: fx.actors.leader.id });
    }
    for (const role of ["inspector", "unit_officer", "leader"] as const) {
      await rejects(fx.as(role).users.list({}), "FORBIDDEN");
      await rejects(fx.as(role).users.get({ id: fx.actors.admin.id }), "FORBIDDEN");
    }
    await rejects(fx.anonymous.users.list({}), "UNAUTHORIZED");
    const count = await db.prisma.user.count();
    await onlyAdmin(fx, (c) =>
      c.users.create({
        username: "nope",
        displayName: "不应创建",
        role: "inspector",
        password: PASSWORD,
      }),
    );
    await onlyAdmin(fx, (c) => c.users.update({ id: fx.actors.leader.id, displayName: "改名" }));
    await onlyAdmin(fx, (c) =>
      c.users.resetPassword({ id: fx.actors.leader.id, password: PASSWORD }),
    );
    expect(await db.prisma.user.count()).toBe(count);
  });

  it("creates a user who can sign in; no hash in the output or the audit trail", async () => {
    const user = await fx.as("admin").users.create({
      username: "zhang.san",
      displayName: "张三",
      phone: "13800000000",
      role: "unit_officer",
      unitId: fx.unitId,
      password: PASSWORD,
    });
    expect(user).toMatchObject({ role: "unit_officer", unitId: fx.unitId, unitName: "测试街道办" });
    expect(JSON.stringify(user)).not.toMatch(/scrypt|passwordHash/);
    expect(
      (await authenticate(anonymous(), { username: "zhang.san", password: PASSWORD })).id,
    ).toBe(user.id);

    const [event] = await auditEvents(db, "user", user.id);
    expect(event).toMatchObject({ action: "create", actorId: fx.actors.admin.id });
    expect(event?.after).toMatchObject({ username: "zhang.san", role: "unit_officer" });
    expect(JSON.stringify(event?.after)).not.toMatch(/scrypt|passwordHash|Huayin/);
  });

  it("refuses a unit officer without a unit, a short password and a taken username", async () => {
    const admin = fx.as("admin");
    const count = await db.prisma.user.count();
    const noUnit = await rejects(
      admin.users.create({
        username: "li.si",
        displayName: "李四",
        role: "unit_officer",
        password: PASSWORD,
      }),
      "BAD_REQUEST",
    );
    expect(noUnit?.key).toBe("user.unit_required");
    expect(noUnit?.fields).toEqual({ unitId: "user.unit_required" });

    const short = await rejects(
      admin.users.create({
        username: "li.si",
        displayName: "李四",
        role: "inspector",
        password: "short",
      }),
      "BAD_REQUEST",
    );
    expect(short?.key).toBe("user.password_too_short");
    expect(short?.params).toEqual({ min: 12 });

    const taken = await rejects(
      admin.users.create({
        username: "zhang.san",
        displayName: "另一个",
        role: "inspector",
        password: PASSWORD,
      }),
      "CONFLICT",
    );
    expect(taken?.fields).toEqual({ username: "error.duplicate" });
    expect(await db.prisma.user.count()).toBe(count);

    // Turning an inspector without a unit into a unit officer is refused the same way.
    const demote = await rejects(
      admin.users.update({ id: fx.actors.inspector.id, role: "unit_officer" }),
      "BAD_REQUEST",
    );
    expect(demote?.key).toBe("user.unit_required");
  });

  it("resets a password: old sessions end, the new password works, the audit has no secret", async () => {
    const target = fx.actors.inspector;
    await createSession(anonymous(), target.id);
    await createSession(anonymous(), target.id);
    await createSession(anonymous(), fx.actors.leader.id);
    await fx.as("admin").users.resetPassword({ id: target.id, password: "new-password-42" });

    expect(await db.prisma.session.count({ where: { userId: target.id } })).toBe(0);
    expect(await db.prisma.session.count({ where: { userId: fx.actors.leader.id } })).toBe(1);
    await expect(
      authenticate(anonymous(), { username: target.username, password: "test-password-1" }),
    ).rejects.toThrow();
    expect(
      (await authenticate(anonymous(), { username: target.username, password: "new-password-42" }))
        .id,
    ).toBe(target.id);

    const events = await auditEvents(db, "user", target.id);
    const reset = events.find((e) => e.action === "reset_password");
    expect(reset?.after).toEqual({ passwordChanged: true, sessionsEnded: 2 });
    expect(JSON.stringify([reset?.before, reset?.after])).not.toMatch(/scrypt|new-password/);

    const short = await rejects(
      fx.as("admin").users.resetPassword({ id: target.id, password: "1234567" }),
      "BAD_REQUEST",
    );
    expect(short?.key).toBe("user.password_too_short");
  });

  it("deactivates a user, ending their sessions; an admin cannot lock themselves out", async () => {
    const admin = fx.as("admin");
    const target = fx.actors.leader;
    await createSession(anonymous(), target.id);
    const off = await admin.users.update({ id: target.id, active: false });
    expect(off.active).toBe(false);
    expect(await db.prisma.session.count({ where: { userId: target.id } })).toBe(0);
    const events = await auditEvents(db, "user", target.id);
    expect(events.at(-1)).toMatchObject({ action: "deactivate" });
    expect(events.at(-1)?.before).toMatchObject({ active: true });
    expect(events.at(-1)?.after).toMatchObject({ active: false });

    const self = fx.actors.admin.id;
    const error = await rejects(admin.users.update({ id: self, active: false }), "BAD_REQUEST");
    expect(error?.key).toBe("admin.own_account");
    await rejects(admin.users.update({ id: self, role: "leader" }), "BAD_REQUEST");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: self } })).active).toBe(true);
    await admin.users.update({ id: target.id, active: true });
  });

  it("answers NOT_FOUND for unknown users", async () => {
    const admin = fx.as("admin");
    await rejects(admin.users.get({ id: MISSING }), "NOT_FOUND");
    await rejects(admin.users.update({ id: MISSING, displayName: "无" }), "NOT_FOUND");
    await rejects(admin.users.resetPassword({ id: MISSING, password: PASSWORD }), "NOT_FOUND");
  });

  it("filters by role, unit and text, and pages by username", async () => {
    const coordinator = fx.as("coordinator");
    const officers = await coordinator.users.list({ role: "unit_officer", unitId: fx.unitId });
    expect(officers.items.map((u) => u.role)).toEqual(officers.items.map(() => "unit_officer"));
    expect(officers.items.some((u) => u.username === "zhang.san")).toBe(true);
    expect((await coordinator.users.list({ text: "张三" })).items.map((u) => u.username)).toEqual([
      "zhang.san",
    ]);

    const all = (await coordinator.users.list({ limit: 200 })).items.map((u) => u.id);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await coordinator.users.list({ limit: 2, ...(cursor ? { cursor } : {}) });
      paged.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all);
    await rejects(coordinator.users.list({ cursor: "not-a-cursor" }), "BAD_REQUEST");
  });
});
