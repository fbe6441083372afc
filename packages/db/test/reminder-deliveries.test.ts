// The reminders job end to end on real channels: an SMTP server, WeCom and DingTalk robot
// endpoints checking key and signature, and an SMS gateway, all started here on 127.0.0.1.
// The clock walks a task overdue since Tuesday 29 Sep 2026 through the National Day holidays.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deliveryConfigFromEnv,
  runDeliveries,
  runJob,
  runReminders,
  serviceContext,
  storeSmsGateway,
  storeUnitChannel,
} from "../src/index.ts";
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "../src/testing/index.ts";
import {
  DINGTALK_SECRET,
  DINGTALK_TOKEN,
  readMail,
  SMS_KEY,
  startRobots,
  startSmtp,
  WECOM_KEY,
} from "./support/channel-servers.ts";

process.env.SECRETS_KEY = "6f".repeat(32);
const at = (iso: string) => new Date(iso);

describe.each(testEngines())("reminders and deliveries on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let robots: Awaited<ReturnType<typeof startRobots>>;
  let code: string;
  let taskId: string;
  const run = (job: "reminders" | "deliveries", now: Date) =>
    runJob(db.prisma, job, { trigger: "test", now, config: deliveryConfigFromEnv() });

  beforeAll(async () => {
    [smtp, robots] = await Promise.all([startSmtp(), startRobots()]);
    process.env.SMTP_URL = smtp.url;
    process.env.PUBLIC_URL = "https://cw.example.org";
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    const { findingId } = await f.task("in_progress", { deadline: "2026-09-29" });
    const task = await db.prisma.rectificationTask.findUniqueOrThrow({
      where: { findingId },
      select: { id: true, finding: { select: { code: true } } },
    });
    taskId = task.id;
    code = task.finding.code;
    await db.prisma.user.update({
      where: { id: f.users.officerA.id },
      data: { email: "officer-a@example.org", phone: null },
    });
    await db.prisma.unitContact.createMany({
      data: [
        {
          unitId: f.unitA,
          role: "liaison",
          name: "王联络",
          email: "wang@example.org",
          mobile: "13800000001",
          wecomId: "wangli",
          dingtalkId: "ding-wang",
        },
        { unitId: f.unitA, role: "head", name: "李局长", email: "li@example.org", locale: "en" },
      ],
    });
    const admin = serviceContext(db.prisma, f.users.admin, { now: at("2026-09-28T01:00:00Z") });
    await storeUnitChannel(admin, {
      unitId: f.unitA,
      channel: "wecom",
      webhookUrl: `${robots.base}/cgi-bin/webhook/send?key=${WECOM_KEY}`,
      secret: null,
      active: true,
    });
    await storeUnitChannel(admin, {
      unitId: f.unitA,
      channel: "dingtalk",
      webhookUrl: `${robots.base}/robot/send?access_token=${DINGTALK_TOKEN}`,
      secret: DINGTALK_SECRET,
      active: true,
    });
    await storeSmsGateway(admin, {
      urlTemplate: `${robots.base}/sms?key={secret}`,
      method: "POST",
      contentType: "json",
      bodyTemplate: '{"to":"{mobile}","msg":"{text}"}',
      secret: SMS_KEY,
    });
  });
  afterAll(async () => {
    await db?.destroy();
    await Promise.all([smtp?.close(), robots?.close()]);
  });

  it("stores robot secrets sealed and shows them masked", async () => {
    const rows = await db.prisma.unitChannel.findMany({
      orderBy: { channel: "asc" },
      select: { channel: true, webhookCipher: true, secretCipher: true, webhookMasked: true },
    });
    expect(rows.map((r) => r.webhookMasked)).toEqual([
      `${robots.base}/cgi-bin/webhook/send?key=wk-3…aa`,
      `${robots.base}/robot/send?access_token=dt01…ef`,
    ]);
    for (const r of rows) {
      expect(r.webhookCipher).not.toContain(WECOM_KEY);
      expect(r.webhookCipher).not.toContain(DINGTALK_TOKEN);
      expect(r.secretCipher ?? "").not.toContain(DINGTALK_SECRET);
    }
  });

  it("sends the first overdue day's 到期催办 on every channel, once however often it runs", async () => {
    const first = await run("reminders", at("2026-09-30T02:00:00Z")); // 10:00 Beijing
    expect(first.summary).toMatchObject({
      day: "2026-09-30",
      candidates: 1,
      created: 2,
      deliveries: { sent: 5, failed: 0, retrying: 0 },
    });
    expect(smtp.mails.map((m) => m.to).sort()).toEqual([
      ["officer-a@example.org"],
      ["wang@example.org"],
    ]);
    const mail = readMail(smtp.mails[0]?.raw ?? "");
    expect(mail.subject).toBe(`到期催办：${code}`);
    expect(mail.text).toContain(`问题 ${code} 已超过整改期限 2026-09-29，逾期 1 个工作日`);
    expect(mail.text).toContain("地点: 二级汽车客运站 · 市交通运输局");
    expect(mail.text).toMatch(/查看: https:\/\/cw\.example\.org\/tasks\/[0-9a-f-]{36}$/);
    expect(robots.calls.map((c) => c.kind).sort()).toEqual(["dingtalk", "sms", "wecom"]);
    const wecom = robots.calls.find((c) => c.kind === "wecom");
    expect(wecom?.body).toMatchObject({ msgtype: "text", text: { mentioned_list: ["wangli"] } });
    expect(String((wecom?.body.text as { content?: string } | undefined)?.content)).toContain(
      `到期催办：${code}`,
    );
    const ding = robots.calls.find((c) => c.kind === "dingtalk");
    expect(ding?.signatureOk).toBe(true);
    expect(ding?.body).toMatchObject({ at: { atUserIds: ["ding-wang"] } });
    const sms = robots.calls.find((c) => c.kind === "sms");
    expect(sms?.body.to).toBe("13800000001");
    expect(String(sms?.body.msg)).toContain(code);

    const again = await run("reminders", at("2026-09-30T05:00:00Z"));
    expect(again.summary).toMatchObject({ created: 0, deliveries: { sent: 0 } });
    expect(smtp.mails).toHaveLength(2);
    expect(robots.calls).toHaveLength(3);
  });

  it("stays silent over the holidays and reaches the head (in English) on the fourth overdue working day", async () => {
    const holiday = await run("reminders", at("2026-10-03T02:00:00Z"));
    expect(holiday.summary).toMatchObject({ workingDay: false, created: 0 });
    await run("reminders", at("2026-10-08T02:00:00Z"));
    await run("reminders", at("2026-10-09T02:00:00Z"));
    const before = smtp.mails.length;
    const fourth = await run("reminders", at("2026-10-10T02:00:00Z")); // Saturday worked
    expect(fourth.summary).toMatchObject({ created: 3 });
    const headMail = smtp.mails.slice(before).find((m) => m.to[0] === "li@example.org");
    expect(readMail(headMail?.raw ?? "").subject).toBe(`Overdue (unit head): ${code}`);
    const events = await db.prisma.notification.groupBy({
      by: ["event"],
      where: { taskId },
      _count: true,
      orderBy: { event: "asc" },
    });
    expect(events.map((e) => [e.event, e._count])).toEqual([
      ["overdue", 8],
      ["overdue_head", 1],
    ]);
  });

  it("logs an unreachable SMTP server or robot as a failure, retries with backoff, gives up at the limit", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens on the discard port
    robots.fail.on = true;
    const logs: string[] = [];
    let now = at("2026-10-12T02:00:00Z");
    const ctx = () => serviceContext(db.prisma, null, { now });
    expect(await runReminders(ctx())).toMatchObject({ created: 3 });
    let summary = await runDeliveries(ctx(), deliveryConfigFromEnv(), (l) => logs.push(l));
    expect(summary).toEqual({ sent: 0, failed: 0, retrying: 6 });
    expect(logs.join("\n")).toMatch(/127\.0\.0\.1:9: .*ECONNREFUSED/);
    expect(logs.join("\n")).not.toContain(WECOM_KEY);
    const waiting = await db.prisma.delivery.findFirstOrThrow({
      where: { channel: "email", status: "pending" },
      select: { attempts: true, notBefore: true },
    });
    expect(waiting).toEqual({ attempts: 1, notBefore: at("2026-10-12T02:01:00Z") });
    for (const minutes of [1, 5, 21, 85]) {
      now = new Date(at("2026-10-12T02:00:00Z").getTime() + minutes * 60_000);
      summary = await runDeliveries(ctx(), deliveryConfigFromEnv(), (l) => logs.push(l));
    }
    expect(summary).toEqual({ sent: 0, failed: 6, retrying: 0 });
    const failed = await db.prisma.delivery.findMany({
      where: { status: "failed" },
      orderBy: { channel: "asc" },
      select: { channel: true, attempts: true, providerAnswer: true },
    });
    expect(failed.map((d) => [d.channel, d.attempts])).toEqual([
      ["email", 5],
      ["email", 5],
      ["email", 5],
      ["sms", 5],
      ["wecom", 5],
      ["dingtalk", 5],
    ]);
    expect(failed.find((d) => d.channel === "wecom")?.providerAnswer).toBe(
      "errcode 93000 invalid webhook url",
    );
    expect(failed.find((d) => d.channel === "sms")?.providerAnswer).toBe(
      'HTTP 503 {"error":"unavailable"}',
    );
    process.env.SMTP_URL = smtp.url;
    robots.fail.on = false;
  });
});
