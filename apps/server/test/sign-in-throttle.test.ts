// Sign-in resists guessing: failures are counted per account and per address in the
// database, a lockout answers 429 with the minutes left, and it ends by the clock; two app
// servers on one PostgreSQL database share the count. Every outcome is in the security log.
import { type Database, openPostgres } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  TEST_PASSWORD,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { formatMessage } from "@cw/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "../src/context.ts";
import { createCaller } from "../src/router.ts";
import { callerFor } from "./support/caller.ts";

const T0 = new Date("2026-11-20T02:00:00Z");
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);

/** A sign-in as it arrives over HTTP from `address` at `now`; the error's code and message. */
async function signInAt(
  db: Database,
  username: string,
  password: string,
  now: Date,
  address: string,
) {
  const caller = createCaller(callerContext(db, null, { now: () => now, address, locale: "en" }));
  try {
    await caller.auth.login({ username, password });
    return { code: "OK", message: "" };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { key?: string; params?: Record<string, number> } | undefined;
    const message =
      cause?.key === "auth.locked"
        ? formatMessage("auth.locked", "en", cause.params)
        : error.message;
    return { code: error.code, message };
  }
}

describe.each(testEngines())("sign-in throttle on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  it("locks an account after 5 wrong passwords, refuses even the right one, unlocks after 15 min", async () => {
    const name = f.users.inspector.username;
    const codes: string[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await signInAt(db, name, "wrong-guess", minutes(i), `10.0.0.${i}`)).code);
    expect(codes).toEqual([
      "UNAUTHORIZED",
      "UNAUTHORIZED",
      "UNAUTHORIZED",
      "UNAUTHORIZED",
      "TOO_MANY_REQUESTS",
    ]);
    // Locked at minute 4 until minute 19: the right password is not even checked.
    expect(await signInAt(db, name, TEST_PASSWORD, minutes(10), "10.0.1.1")).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "Too many failed sign-ins; locked for now. Try again in 9 min.",
    });
    expect(
      (await signInAt(db, name.toUpperCase(), TEST_PASSWORD, minutes(18.5), "10.0.1.1")).code,
    ).toBe("TOO_MANY_REQUESTS");
    expect((await signInAt(db, name, TEST_PASSWORD, minutes(19), "10.0.1.1")).code).toBe("OK");
    // A success clears the count: one more wrong password is just wrong.
    expect((await signInAt(db, name, "wrong-guess", minutes(20), "10.0.1.1")).code).toBe(
      "UNAUTHORIZED",
    );
    // Another account was never affected.
    expect(
      (await signInAt(db, f.users.leader.username, TEST_PASSWORD, minutes(5), "10.0.0.4")).code,
    ).toBe("OK");
  });

  it("locks an address after 30 failures on any accounts; other addresses still sign in", async () => {
    for (let i = 0; i < 29; i++)
      expect((await signInAt(db, `nobody-${i}`, "x", minutes(30), "203.0.113.7")).code).toBe(
        "UNAUTHORIZED",
      );
    expect((await signInAt(db, "nobody-29", "x", minutes(31), "203.0.113.7")).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    const coordinator = f.users.coordinator.username;
    expect((await signInAt(db, coordinator, TEST_PASSWORD, minutes(32), "203.0.113.7")).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    expect((await signInAt(db, coordinator, TEST_PASSWORD, minutes(32), "198.51.100.2")).code).toBe(
      "OK",
    );
    expect((await signInAt(db, coordinator, TEST_PASSWORD, minutes(46), "203.0.113.7")).code).toBe(
      "OK",
    );
  });

  it("keeps a security log that admins read and nobody else", async () => {
    const admin = callerFor(db, f.users.admin);
    const page = await admin.securityLog.list({ username: f.users.inspector.username, limit: 3 });
    expect(page.items.map((e) => [e.kind, e.at.toISOString(), e.address])).toEqual([
      ["sign_in_failed", minutes(20).toISOString(), "10.0.1.1"],
      ["sign_in_succeeded", minutes(19).toISOString(), "10.0.1.1"],
      ["refused_locked", minutes(18.5).toISOString(), "10.0.1.1"],
    ]);
    const lockouts = await admin.securityLog.list({ kind: "locked_out" });
    expect(lockouts.items.map((e) => e.username)).toEqual([
      "nobody-29",
      f.users.inspector.username,
    ]);
    const next = await admin.securityLog.list({
      username: f.users.inspector.username,
      limit: 3,
      cursor: page.nextCursor ?? "",
    });
    expect(next.items.map((e) => e.kind)).toEqual([
      "refused_locked",
      "locked_out",
      "sign_in_failed",
    ]);
    for (const role of ["coordinator", "inspector", "leader"] as const) {
      await expect(callerFor(db, f.users[role]).securityLog.list({})).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("two app servers on one PostgreSQL database", () => {
  let db: TestDatabase;
  let second: Database;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    const url = new URL(db.url as string);
    // A second server: its own Prisma client and connection pool on the same database.
    second = await openPostgres(url.toString(), url.host, url.pathname.slice(1));
    f = await createTaskFixture(db.prisma);
  });
  afterAll(async () => {
    await second.close();
    await db.destroy();
  });

  it("shares the count: failures on either server add up, at once or in turn", async () => {
    const name = f.users.officerA.username;
    const results = await Promise.all([
      signInAt(db, name, "wrong", T0, "10.1.0.1"),
      signInAt(second, name, "wrong", T0, "10.1.0.2"),
      signInAt(db, name, "wrong", T0, "10.1.0.3"),
      signInAt(second, name, "wrong", T0, "10.1.0.4"),
    ]);
    expect(results.map((r) => r.code)).toEqual([
      "UNAUTHORIZED",
      "UNAUTHORIZED",
      "UNAUTHORIZED",
      "UNAUTHORIZED",
    ]);
    expect((await signInAt(second, name, "wrong", minutes(1), "10.1.0.5")).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    // The lockout the second server set holds on the first.
    expect(await signInAt(db, name, TEST_PASSWORD, minutes(2), "10.1.0.6")).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "Too many failed sign-ins; locked for now. Try again in 14 min.",
    });
  });
});
