// Passwords after OWASP ASVS: at least 12 characters and not guessable as a strength
// estimator sees it; an admin-set password must be changed at first sign-in, and until then
// nothing else is allowed. Demo accounts keep working and are not forced to change.
import { loadDemoData, type SignedInUser } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  DEMO_PASSWORD,
  DEMO_USERS,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf, domainErrorOf } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z");
const START = "Lotus-Bridge-2026!";

describe.each(testEngines())("password policy and the forced change on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  const newUser = (username: string, password: string) => ({
    username,
    displayName: "王五",
    role: "inspector" as const,
    password,
  });
  /** Signs in as the server would and returns the actor the session resolves to. */
  async function signIn(username: string, password: string): Promise<SignedInUser> {
    return callerFor(db, null, NOW)
      .auth.login({ username, password })
      .then(async (user) => ({
        ...user,
        unitName: user.unitName,
      }));
  }

  it("refuses weak passwords an admin tries to set, with a field message", async () => {
    const admin = callerFor(db, f.users.admin, NOW);
    const refusals: Record<string, string | undefined> = {};
    for (const password of [
      "aaaaaaaaaaaa",
      "123456789012",
      "passwordpassword",
      " ".repeat(12),
      "qwertyuiop12",
      "Short#2026",
    ]) {
      const e = await domainErrorOf(admin.users.create(newUser("weak.one", password)));
      refusals[password] = `${e.code} ${e.key} ${e.fields.password}`;
    }
    expect(refusals).toEqual({
      aaaaaaaaaaaa: "BAD_REQUEST user.password_weak user.password_weak",
      "123456789012": "BAD_REQUEST user.password_weak user.password_weak",
      passwordpassword: "BAD_REQUEST user.password_weak user.password_weak",
      "            ": "BAD_REQUEST user.password_weak user.password_weak",
      qwertyuiop12: "BAD_REQUEST user.password_weak user.password_weak",
      "Short#2026": "BAD_REQUEST user.password_too_short user.password_too_short",
    });
    expect(await db.prisma.user.count({ where: { username: "weak.one" } })).toBe(0);
    const target = f.users.leader.id;
    expect(
      (await domainErrorOf(admin.users.resetPassword({ id: target, password: "123456789012" })))
        .key,
    ).toBe("user.password_weak");
  });

  it("makes an admin-created account change its password before anything else", async () => {
    await callerFor(db, f.users.admin, NOW).users.create(newUser("wang.wu", START));
    const actor = await signIn("wang.wu", START);
    expect(actor.mustChangePassword).toBe(true);
    const me = callerFor(db, actor, NOW);
    expect((await me.auth.me()).mustChangePassword).toBe(true);
    const blocked = await domainErrorOf(me.tasks.list({}));
    expect([blocked.code, blocked.key]).toEqual(["FORBIDDEN", "auth.must_change_password"]);
    expect(await codeOf(me.inspections.list({}))).toBe("FORBIDDEN");

    const wrong = await domainErrorOf(
      me.auth.changePassword({ currentPassword: "nope", newPassword: "Quiet-River-Stone-88" }),
    );
    expect([wrong.key, wrong.fields]).toEqual([
      "user.password_wrong",
      { currentPassword: "user.password_wrong" },
    ]);
    const weak = await domainErrorOf(
      me.auth.changePassword({ currentPassword: START, newPassword: "passwordpassword" }),
    );
    expect([weak.key, weak.fields]).toEqual([
      "user.password_weak",
      { newPassword: "user.password_weak" },
    ]);
    const same = await domainErrorOf(
      me.auth.changePassword({ currentPassword: START, newPassword: START }),
    );
    expect(same.key).toBe("user.password_same");

    expect(
      await me.auth.changePassword({ currentPassword: START, newPassword: "Quiet-River-Stone-88" }),
    ).toEqual({ ok: true });
    await expect(signIn("wang.wu", START)).rejects.toBeInstanceOf(TRPCError);
    const after = await signIn("wang.wu", "Quiet-River-Stone-88");
    expect(after.mustChangePassword).toBe(false);
    expect(await codeOf(callerFor(db, after, NOW).tasks.list({}))).toBe("OK");
    const logged = await db.prisma.securityEvent.findMany({
      where: { username: "wang.wu" },
      orderBy: { id: "asc" },
      select: { kind: true },
    });
    expect(logged.map((e) => e.kind)).toEqual([
      "sign_in_succeeded",
      "password_changed",
      "sign_in_failed",
      "sign_in_succeeded",
    ]);
  });

  it("forces the change again after an admin resets the password", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { username: "wang.wu" },
      select: { id: true },
    });
    await callerFor(db, f.users.admin, NOW).users.resetPassword({
      id: user.id,
      password: "Amber-Kite-Harbor-31",
    });
    expect((await signIn("wang.wu", "Amber-Kite-Harbor-31")).mustChangePassword).toBe(true);
  });
});

describe("demo accounts on the embedded default", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    await loadDemoData(db.prisma, NOW);
  });
  afterAll(() => db.destroy());

  it("sign in with the demo password, which meets the policy, and are not forced to change it", async () => {
    const admin = await callerFor(db, null, NOW).auth.login({
      username: "admin",
      password: DEMO_PASSWORD,
    });
    expect(admin.mustChangePassword).toBe(false);
    expect(DEMO_USERS.length).toBeGreaterThan(5);
    // An admin may set the demo password again: it passes the policy.
    const actor = { ...admin, unitName: admin.unitName };
    const target = await db.prisma.user.findUniqueOrThrow({
      where: { username: "leader" },
      select: { id: true },
    });
    expect(
      await codeOf(
        callerFor(db, actor, NOW).users.resetPassword({ id: target.id, password: DEMO_PASSWORD }),
      ),
    ).toBe("OK");
  });
});
