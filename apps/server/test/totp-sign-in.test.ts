// Two-step sign-in (TOTP, docs/decisions/0019-totp.md): an admin or coordinator enrols
// (the secret is shown once and stored sealed), confirms with a code, and from then on signs
// in with password and the code of the moment; a code is good once; a wrong code counts as a
// failed sign-in. Codes are computed at the test clock.
import { checkTotpCode, type Database, loadSecretBox } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  TEST_PASSWORD,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { generateSync } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "../src/context.ts";
import { createCaller } from "../src/router.ts";
import { callerFor, codeOf, domainErrorOf } from "./support/caller.ts";

process.env.SECRETS_KEY = "b2".repeat(32);

const T0 = new Date("2026-11-20T02:00:00Z");
const seconds = (s: number) => new Date(T0.getTime() + s * 1000);
const codeAt = (secret: string, at: Date) =>
  generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });

function login(db: Database, username: string, totpCode: string | undefined, now: Date) {
  const caller = createCaller(
    callerContext(db, null, { now: () => now, address: "10.1.2.3", locale: "en" }),
  );
  return caller.auth.login({
    username,
    password: TEST_PASSWORD,
    ...(totpCode ? { totpCode } : {}),
  });
}

describe("TOTP codes (RFC 6238 test vector)", () => {
  it("accepts the RFC's code at its time, one step either side, and not twice", () => {
    // RFC 6238 appendix B, SHA-1 secret "12345678901234567890" (base32 below): at T = 59 s
    // the 8-digit code is 94287082, so the 6-digit one is 287082 (time step 1).
    const sealed = loadSecretBox()?.seal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ") ?? "";
    expect(checkTotpCode(sealed, "287082", new Date(59_000), null)).toBe(1);
    expect(checkTotpCode(sealed, "287082", new Date(89_000), null)).toBe(1);
    expect(checkTotpCode(sealed, "287082", new Date(120_000), null)).toBeNull();
    expect(checkTotpCode(sealed, "287082", new Date(59_000), 1)).toBeNull();
    // T = 1111111109: 07081804 → 081804.
    expect(checkTotpCode(sealed, "081804", new Date(1_111_111_109_000), null)).toBe(37037036);
  });
});

describe.each(testEngines())("two-step sign-in on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  it("only admins and coordinators may enrol", async () => {
    expect(await callerFor(db, f.users.inspector, T0).auth.totpStatus()).toEqual({
      enabled: false,
      allowed: false,
    });
    expect(await codeOf(callerFor(db, f.users.inspector, T0).auth.totpStart())).toBe("FORBIDDEN");
    expect(await callerFor(db, f.users.coordinator, T0).auth.totpStatus()).toEqual({
      enabled: false,
      allowed: true,
    });
  });

  it("enrols, asks for the code at sign-in, accepts each code once, and turns off", async () => {
    const admin = callerFor(db, f.users.admin, T0);
    const name = f.users.admin.username;
    const enrolment = await admin.auth.totpStart();
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toBe(
      `otpauth://totp/${encodeURIComponent("创文督查整改")}:${name}?secret=${enrolment.secret}&issuer=${encodeURIComponent("创文督查整改")}`,
    );
    expect(enrolment.qrDataUrl.startsWith("data:image/png;base64,")).toBe(true);
    // Stored sealed, never in the clear.
    const stored = await db.prisma.user.findUniqueOrThrow({
      where: { id: f.users.admin.id },
      select: { totpSecret: true, totpEnabledAt: true },
    });
    expect(stored.totpSecret?.startsWith("v1:")).toBe(true);
    expect(stored.totpSecret).not.toContain(enrolment.secret);
    expect(stored.totpEnabledAt).toBeNull();
    // Not in force until confirmed: sign-in needs no code yet.
    expect((await login(db, name, undefined, T0)).id).toBe(f.users.admin.id);

    const secret = enrolment.secret;
    const now = codeAt(secret, T0);
    const wrong = String((Number(now) + 500_000) % 1_000_000).padStart(6, "0");
    expect(await domainErrorOf(admin.auth.totpConfirm({ code: wrong }))).toEqual({
      code: "BAD_REQUEST",
      key: "auth.totp_wrong",
      fields: { code: "auth.totp_wrong" },
    });
    expect(await admin.auth.totpConfirm({ code: now })).toEqual({ enabled: true, allowed: true });
    expect(await domainErrorOf(admin.auth.totpStart())).toMatchObject({
      code: "CONFLICT",
      key: "auth.totp_already_enabled",
    });

    // Password alone is no longer enough.
    expect(await domainErrorOf(login(db, name, undefined, seconds(30)))).toEqual({
      code: "UNAUTHORIZED",
      key: "auth.totp_required",
      fields: { totpCode: "auth.totp_required" },
    });
    // The confirming code is used up; the next step's code signs in, once.
    expect(await domainErrorOf(login(db, name, now, seconds(1)))).toMatchObject({
      key: "auth.totp_wrong",
    });
    const next = codeAt(secret, seconds(30));
    expect((await login(db, name, next, seconds(30))).id).toBe(f.users.admin.id);
    expect(await domainErrorOf(login(db, name, next, seconds(31)))).toMatchObject({
      code: "UNAUTHORIZED",
      key: "auth.totp_wrong",
    });
    // Wrong codes are failed sign-ins in the security log (and the throttle): two so far.
    const failed = await db.prisma.securityEvent.count({
      where: { username: name, kind: "sign_in_failed" },
    });
    expect(failed).toBe(2);

    // Turning it off takes a current code; then the password alone signs in again.
    const later = codeAt(secret, seconds(90));
    expect(
      await callerFor(db, f.users.admin, seconds(90)).auth.totpDisable({ code: later }),
    ).toEqual({ enabled: false, allowed: true });
    expect((await login(db, name, undefined, seconds(120))).id).toBe(f.users.admin.id);
    const audit = await db.prisma.auditEvent.findMany({
      where: { entityId: f.users.admin.id, action: { startsWith: "totp_" } },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "totp_enrolment_started",
      "totp_enabled",
      "totp_disabled",
    ]);
  });

  it("an admin's password reset clears it (the way back after a lost phone)", async () => {
    const coordinator = callerFor(db, f.users.coordinator, T0);
    const { secret } = await coordinator.auth.totpStart();
    await coordinator.auth.totpConfirm({ code: codeAt(secret, T0) });
    expect((await coordinator.auth.totpStatus()).enabled).toBe(true);
    await callerFor(db, f.users.admin, T0).users.resetPassword({
      id: f.users.coordinator.id,
      password: "Reset-after-lost-phone-7",
    });
    const after = await db.prisma.user.findUniqueOrThrow({
      where: { id: f.users.coordinator.id },
      select: { totpSecret: true, totpEnabledAt: true, mustChangePassword: true },
    });
    expect(after).toEqual({ totpSecret: null, totpEnabledAt: null, mustChangePassword: true });
  });
});
