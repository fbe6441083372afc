import { loadCalendar, loadSettings, serviceContext, updateSettings } from "@cw/db";
import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { DEFAULT_SETTINGS, DomainError, ROLES } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AdminFixture,
  adminFixture,
  auditEvents,
  onlyAdmin,
  rejects,
} from "./support/admin-fixture.ts";

describe.each(testEngines())("admin: categories, calendar and settings on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
  });
  afterAll(() => db.destroy());

  it("manages finding categories: create, validate, update, deactivate, audited", async () => {
    const admin = fx.as("admin");
    const seeded = await fx.as("leader").categories.list();
    expect(seeded.map((c) => c.code)).toContain("public_environment");

    const created = await admin.categories.create({
      code: "volunteer_service",
      name: "志愿服务",
      nameEn: "Volunteer service",
      defaultDeadlineDays: 7,
      sortOrder: 20,
    });
    expect(created).toMatchObject({ active: true, defaultDeadlineDays: 7 });
    const dup = await rejects(
      admin.categories.create({ ...created, code: "public_environment" }),
      "CONFLICT",
    );
    expect(dup?.fields).toEqual({ code: "error.duplicate" });
    for (const days of [0, 61, 2.5]) {
      await rejects(
        admin.categories.update({ code: created.code, defaultDeadlineDays: days }),
        "BAD_REQUEST",
      );
    }
    await rejects(admin.categories.update({ code: "no_such", name: "无" }), "NOT_FOUND");
    await onlyAdmin(fx, (c) => c.categories.update({ code: created.code, name: "改名" }));

    await admin.categories.update({ code: created.code, defaultDeadlineDays: 10 });
    await admin.categories.update({ code: created.code, active: false });
    expect((await admin.categories.list({ active: true })).map((c) => c.code)).not.toContain(
      created.code,
    );
    const [create, longer, off] = await auditEvents(db, "finding_category", created.code);
    expect(create).toMatchObject({ action: "create", before: null });
    expect(longer?.before).toMatchObject({ defaultDeadlineDays: 7 });
    expect(longer?.after).toMatchObject({ defaultDeadlineDays: 10 });
    expect(off).toMatchObject({ action: "deactivate" });
  });

  it("keeps the city's calendar days: add, change, list by year, remove, all audited", async () => {
    const admin = fx.as("admin");
    // 2026-10-10 is a Saturday; make it a working day, then a local holiday.
    await admin.calendar.set({ date: "2026-10-10", kind: "workday", note: "调休上班" });
    await admin.calendar.set({ date: "2027-01-04", kind: "holiday" });
    expect((await loadCalendar(db.prisma)).isWorkingDay("2026-10-10")).toBe(true);
    await admin.calendar.set({ date: "2026-10-10", kind: "holiday", note: "本地节日" });
    expect((await loadCalendar(db.prisma)).isWorkingDay("2026-10-10")).toBe(false);

    for (const role of ROLES) {
      expect(await fx.as(role).calendar.list({ year: 2026 })).toEqual([
        { date: "2026-10-10", kind: "holiday", note: "本地节日" },
      ]);
    }
    const [added, changed] = await auditEvents(db, "calendar_day", "2026-10-10");
    expect(added).toMatchObject({ action: "create", before: null });
    expect(changed).toMatchObject({ action: "update" });
    expect(changed?.before).toEqual({ date: "2026-10-10", kind: "workday", note: "调休上班" });
    expect(changed?.after).toEqual({ date: "2026-10-10", kind: "holiday", note: "本地节日" });

    await admin.calendar.remove({ date: "2026-10-10" });
    expect(await admin.calendar.list({ year: 2026 })).toEqual([]);
    const removed = (await auditEvents(db, "calendar_day", "2026-10-10")).at(-1);
    expect(removed).toMatchObject({ action: "delete", after: null });
    expect(removed?.before).toMatchObject({ kind: "holiday" });
    await rejects(admin.calendar.remove({ date: "2026-10-10" }), "NOT_FOUND");
  });

  it("refuses malformed dates and non-admins, writing nothing", async () => {
    const admin = fx.as("admin");
    const days = await db.prisma.calendarDay.count();
    for (const date of ["2026/10/01", "2026-13-01", "2026-02-30", "tomorrow"]) {
      await rejects(admin.calendar.set({ date, kind: "holiday" }), "BAD_REQUEST");
    }
    await onlyAdmin(fx, (c) => c.calendar.set({ date: "2026-10-12", kind: "holiday" }));
    await onlyAdmin(fx, (c) => c.calendar.remove({ date: "2027-01-04" }));
    expect(await db.prisma.calendarDay.count()).toBe(days);
  });

  it("reads settings for every role; admins change only the named ones, audited", async () => {
    for (const role of ROLES) expect(await fx.as(role).settings.get()).toEqual(DEFAULT_SETTINGS);
    await rejects(fx.anonymous.settings.get(), "UNAUTHORIZED");

    const admin = fx.as("admin");
    await admin.settings.update({ dueSoonWorkingDays: 3 });
    const updated = await admin.settings.update({ requireVerificationPhoto: true });
    expect(updated).toEqual({
      ...DEFAULT_SETTINGS,
      dueSoonWorkingDays: 3,
      requireVerificationPhoto: true,
    });
    expect(await loadSettings(db.prisma)).toEqual(updated);

    const [first, second] = await auditEvents(db, "setting", "campaign");
    expect(first?.before).toEqual(DEFAULT_SETTINGS);
    expect(first?.after).toEqual({ ...DEFAULT_SETTINGS, dueSoonWorkingDays: 3 });
    expect(second?.before).toEqual({ ...DEFAULT_SETTINGS, dueSoonWorkingDays: 3 });
    expect(second?.after).toEqual(updated);
  });

  it("refuses invalid settings and non-admins, leaving the settings as they were", async () => {
    const admin = fx.as("admin");
    const before = await loadSettings(db.prisma);
    const events = await db.prisma.auditEvent.count();
    await rejects(admin.settings.update({ dueSoonWorkingDays: 99 }), "BAD_REQUEST");
    await rejects(admin.settings.update({ maxPhotoBytes: 10 }), "BAD_REQUEST");
    await rejects(
      admin.settings.update({ notASetting: 1 } as unknown as { dueSoonWorkingDays: number }),
      "BAD_REQUEST",
    );
    await onlyAdmin(fx, (c) => c.settings.update({ sessionIdleHours: 1 }));
    // The service checks the merged result itself, for callers that skip the router.
    const direct = await updateSettings(
      serviceContext(db.prisma, fx.actors.admin, { now: new Date() }),
      { dueSoonWorkingDays: 99 },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(direct).toBeInstanceOf(DomainError);
    expect((direct as DomainError).fields).toEqual({ dueSoonWorkingDays: "field.out_of_range" });
    expect(await loadSettings(db.prisma)).toEqual(before);
    expect(await db.prisma.auditEvent.count()).toBe(events);
  });
});
