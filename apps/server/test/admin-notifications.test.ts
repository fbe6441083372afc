// The supervision loop's admin API: unit robots and the SMS gateway (validated, secrets
// sealed and shown masked), notification settings, jobs with last and next run, "run now",
// and the delivery log with retry of failed deliveries.
import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { DEFAULT_NOTIFICATION_SETTINGS } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AdminFixture,
  adminFixture,
  auditEvents,
  NOW,
  onlyAdmin,
  rejects,
} from "./support/admin-fixture.ts";

process.env.SECRETS_KEY = "a1".repeat(32);
const WEBHOOK =
  "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";

describe.each(testEngines())("admin: notifications on %s", (kind) => {
  let db: TestDatabase;
  let fx: AdminFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await adminFixture(db);
  });
  afterAll(() => db.destroy());

  it("refuses a bad robot URL with a field message, stores a good one sealed, shows it masked", async () => {
    const admin = fx.as("admin");
    const bad = await rejects(
      admin.channels.storeUnitRobot({
        unitId: fx.unitId,
        channel: "wecom",
        webhookUrl: "qyapi.weixin.qq.com/send",
        secret: null,
        active: true,
      }),
      "BAD_REQUEST",
    );
    expect(bad?.fields).toEqual({ webhookUrl: "channel.webhook_invalid" });
    const stored = await admin.channels.storeUnitRobot({
      unitId: fx.unitId,
      channel: "dingtalk",
      webhookUrl: "https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789",
      secret: "SECsecretsecret",
      active: true,
    });
    expect(stored.webhookMasked).toBe("https://oapi.dingtalk.com/robot/send?access_token=abcd…89");
    await admin.channels.storeUnitRobot({
      unitId: fx.unitId,
      channel: "wecom",
      webhookUrl: WEBHOOK,
      secret: null,
      active: true,
    });
    const list = await admin.channels.listUnitRobots({ unitId: fx.unitId });
    expect(list.map((r) => [r.channel, r.webhookMasked, r.secretSet])).toEqual([
      ["wecom", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…aa", false],
      ["dingtalk", "https://oapi.dingtalk.com/robot/send?access_token=abcd…89", true],
    ]);
    const audit = JSON.stringify(await auditEvents(db, "unit_channel"), (_, v) =>
      typeof v === "bigint" ? String(v) : v,
    );
    expect(audit).not.toContain("SECsecretsecret");
    expect(audit).not.toContain("abcdef0123456789");
    await onlyAdmin(fx, (c) => c.channels.listUnitRobots({}));
  });

  it("validates the SMS gateway's templates and keeps its secret unseen", async () => {
    const admin = fx.as("admin");
    const gateway = {
      urlTemplate: "https://sms.example.org/api?key={secret}",
      method: "POST" as const,
      contentType: "json" as const,
      bodyTemplate: '{"to":"{mobile}","text":"{text}"}',
      secret: "gw-secret",
    };
    const bad = await rejects(
      admin.channels.storeSmsGateway({ ...gateway, bodyTemplate: '{"to":"{tel}"}' }),
      "BAD_REQUEST",
    );
    expect(bad?.fields).toEqual({ bodyTemplate: "channel.sms_placeholder_unknown" });
    expect(await admin.channels.storeSmsGateway(gateway)).toEqual({
      urlTemplate: gateway.urlTemplate,
      method: "POST",
      contentType: "json",
      bodyTemplate: gateway.bodyTemplate,
      secretSet: true,
    });
    // Saving the templates again without a secret keeps the stored one.
    await admin.channels.storeSmsGateway({ ...gateway, secret: null });
    expect(await admin.channels.smsGateway()).toMatchObject({ secretSet: true });
    const row = await db.prisma.setting.findUniqueOrThrow({
      where: { key: "sms_gateway" },
      select: { value: true },
    });
    expect(JSON.stringify(row.value)).not.toContain("gw-secret");
  });

  it("reads and updates the notification settings", async () => {
    const admin = fx.as("admin");
    expect(await admin.channels.settings()).toEqual(DEFAULT_NOTIFICATION_SETTINGS);
    const changed = { ...DEFAULT_NOTIFICATION_SETTINGS, dailyCap: 3, quietHours: null };
    expect(await admin.channels.updateSettings(changed)).toEqual(changed);
    await rejects(admin.channels.updateSettings({ ...changed, dailyCap: 0 }), "BAD_REQUEST");
    await onlyAdmin(fx, (c) => c.channels.updateSettings(changed));
  });

  it("lists each job's next run by its schedule (Beijing) and its last run after 'run now'", async () => {
    const admin = fx.as("admin");
    // NOW is Friday 20 Nov 2026, 12:00 Beijing.
    const before = await admin.jobs.list();
    expect(before.map((j) => [j.job, j.nextRunAt.toISOString(), j.lastRun])).toEqual([
      ["reminders", "2026-11-20T05:00:00.000Z", null],
      ["digests", "2026-11-23T01:00:00.000Z", null],
      ["snapshots", "2026-11-20T10:00:00.000Z", null],
      ["deliveries", "2026-11-20T04:01:00.000Z", null],
      // Monday 23 Nov, 08:30 Beijing.
      ["weekly-notice", "2026-11-23T00:30:00.000Z", null],
    ]);
    const run = await admin.jobs.runNow({ job: "reminders" });
    expect(run).toMatchObject({
      job: "reminders",
      ok: true,
      summary: { day: "2026-11-20", workingDay: true, created: 0 },
    });
    const after = await admin.jobs.list();
    expect(after[0]?.lastRun).toMatchObject({
      trigger: `admin:${fx.actors.admin.id}`,
      ok: true,
      startedAt: NOW,
    });
    await onlyAdmin(fx, (c) => c.jobs.runNow({ job: "snapshots" }));
  });

  it("answers a job that fails with why, and logs the run as failed (no 500)", async () => {
    const admin = fx.as("admin");
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const run = await admin.jobs.runNow({ job: "weekly-notice" });
      expect(run.ok).toBe(false);
      expect((run.summary as { error: string }).error).toContain(
        "The leader report PDF needs Chromium (CHROMIUM_PATH=/nonexistent/chromium does not exist)",
      );
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
    const weekly = (await admin.jobs.list()).find((j) => j.job === "weekly-notice");
    expect(weekly?.lastRun).toMatchObject({ trigger: `admin:${fx.actors.admin.id}`, ok: false });
  });

  it("shows the delivery log and retries a failed delivery", async () => {
    const admin = fx.as("admin");
    const note = await db.prisma.notification.create({
      data: {
        event: "overdue",
        recipientUserId: fx.actors.unit_officer.id,
        title: "到期催办：F-1",
        body: "…",
        dedupeKey: "overdue:x:u:1:2026-11-20",
        createdAt: NOW,
      },
      select: { id: true },
    });
    const failed = await db.prisma.delivery.create({
      data: {
        notificationId: note.id,
        channel: "email",
        target: "o@example.org",
        status: "failed",
        attempts: 5,
        notBefore: NOW,
        providerAnswer: "127.0.0.1:9: connect ECONNREFUSED",
        createdAt: NOW,
      },
      select: { id: true },
    });
    const log = await admin.deliveries.list({ status: "failed" });
    expect(
      log.items.map((d) => [d.channel, d.target, d.title, d.status, d.attempts, d.providerAnswer]),
    ).toEqual([
      ["email", "o@example.org", "到期催办：F-1", "failed", 5, "127.0.0.1:9: connect ECONNREFUSED"],
    ]);
    expect(await admin.deliveries.retry({ id: failed.id })).toEqual({
      id: failed.id,
      retried: true,
    });
    expect(await admin.deliveries.retry({ id: failed.id })).toEqual({
      id: failed.id,
      retried: false,
    });
    expect(
      await db.prisma.delivery.findUniqueOrThrow({
        where: { id: failed.id },
        select: { status: true, attempts: true },
      }),
    ).toEqual({ status: "pending", attempts: 0 });
    await onlyAdmin(fx, (c) => c.deliveries.list({}));
  });
});
