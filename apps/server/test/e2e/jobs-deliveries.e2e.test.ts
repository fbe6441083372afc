// The admin screens of the job queue, in headless Chromium against the real server (demo city,
// SMTP_URL at a real SMTP server started here): the jobs' last and next runs and "run now",
// the delivery log with each message's result, retry of a failed one, and a unit robot whose
// webhook key and secret are shown only masked.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMail, startSmtp } from "../../../../packages/db/test/support/channel-servers.ts";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { apiFor, shoot, signIn } from "../support/e2e-session.ts";

const chromium = browserOrSkip();
const DING_TOKEN = "c0ffee0123456789abcdef0123456789";
const DING_SECRET = "SECa1b2c3d4e5f60718293a4b5c6d7e8f9";
const beijing = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  dateStyle: "medium",
  timeStyle: "short",
});
/** The next `weekday` (0 = Sunday) at `hour`:00 Beijing after `now`, as the screen shows it. */
function nextWeekly(now: Date, weekday: number, hour: number): string {
  const local = new Date(now.getTime() + 8 * 3_600_000);
  for (let d = 0; d <= 7; d++) {
    const day = new Date(
      Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + d),
    );
    const at = new Date(day.getTime() + (hour - 8) * 3_600_000);
    if (day.getUTCDay() === weekday && at > now) return beijing.format(at);
  }
  throw new Error("no next run");
}

describe.skipIf(chromium.skip)("the job queue's admin screens in headless Chromium", () => {
  const refused = new Set<string>();
  const env: Record<string, string> = { PUBLIC_URL: "https://cw.example.org" };
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp(0, refused);
    env.SMTP_URL = smtp.url;
  });
  const app = useE2EApp(chromium.path, "jobs", env);
  afterAll(() => smtp?.close());

  const row = (page: Page, ...texts: string[]) => {
    let rows = page.locator("main tr.ant-table-row");
    for (const text of texts) rows = rows.filter({ hasText: text });
    return rows;
  };

  it("runs a job now, logs each delivery's result, retries a failed one, masks a robot's secrets", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.baseUrl, "admin");
    const api = apiFor(page, app.baseUrl);
    // Setup through the admin API: a failed mail is given up at once (not retried for an hour),
    // and today counts as a working day whatever day the test runs (the ladder skips holidays).
    const now = new Date();
    // (The demo's settings are the defaults, which every omitted field takes.)
    await api.mutate("channels.updateSettings", { maxAttempts: 1 });
    const iso = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    await api.mutate("calendar.set", { date: iso, kind: "workday", note: "e2e" });
    refused.add("officer2@example.org"); // that mailbox answers 550 for now

    await page.getByRole("tab", { name: "任务与发送记录", exact: true }).click();
    // Each job with its schedule and its next run in Beijing time; none has run yet.
    await row(page, "每周简报")
      .getByText(nextWeekly(now, 1, 9))
      .waitFor();
    await row(page, "得分快照")
      .getByText(nextWeekly(now, 5, 18))
      .waitFor();
    expect(await row(page, "每周简报").innerText()).toContain("尚未运行");

    // Run now: the reminders job runs in the server, and its row shows the run and its result.
    await row(page, "提醒与催办").getByRole("button", { name: "立即运行" }).click();
    const reminders = row(page, "提醒与催办");
    await reminders.getByText("成功").waitFor({ timeout: 60_000 });
    const summary = await reminders.innerText();
    expect(summary).toContain(`"day":"${iso}"`);
    // What the run created it also sent (shared with the worker the new rows nudged).
    expect(summary).toMatch(/"created":[1-9]\d*,.*"deliveries":\{"sent":\d+/);
    expect(summary).not.toContain("尚未运行");

    // The delivery log: the officer's 到期催办 for F0016 sent by email (and it arrived), the
    // refused mailbox's two failed with the provider's answer.
    const sent = row(page, "到期催办：F0016", "officer@example.org");
    await sent.getByText("已发送").waitFor();
    expect(await sent.innerText()).toContain("邮件");
    const arrived = smtp.mails.filter((m) => m.to.includes("officer@example.org"));
    expect(arrived.map((m) => readMail(m.raw).subject)).toContain("到期催办：F0016");
    const failed = row(page, "到期催办：F0008", "officer2@example.org");
    await failed.getByText("发送失败").waitFor();
    expect(await failed.innerText()).toMatch(/550.*mailbox unavailable/);
    expect(await row(page, "officer2@example.org", "发送失败").count()).toBe(2);
    await shoot(page, "admin-jobs-deliveries.png", ["定时任务", "发送记录", "到期催办：F0008"]);

    // The mailbox is back: retry the failed F0008 — it is sent, and only that one.
    refused.clear();
    await failed.getByRole("button", { name: "重新发送" }).click();
    // The retry nudges the worker; "run now" on the deliveries job sweeps too and refreshes.
    const again = row(page, "到期催办：F0008", "officer2@example.org");
    for (let i = 0; i < 10 && !(await again.innerText()).includes("已发送"); i++) {
      await row(page, "消息发送").getByRole("button", { name: "立即运行" }).click();
      await row(page, "消息发送").getByText("成功").waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1_000);
    }
    await again.getByText("已发送").waitFor();
    expect(await row(page, "到期催办：F0028", "officer2@example.org").innerText()).toContain(
      "发送失败",
    );
    const retried = smtp.mails.filter((m) => m.to.includes("officer2@example.org"));
    expect(retried.map((m) => readMail(m.raw).subject)).toEqual(["到期催办：F0008"]);

    // A unit's DingTalk robot: the URL's token and the signing secret go in, only a masked URL
    // and "已设置" come back, on the screen and in the API's answer.
    await page.getByRole("tab", { name: "通知渠道", exact: true }).click();
    await page.locator("#unit-robot_unitId").click();
    await page.locator("#unit-robot_unitId").fill("交通运输局");
    await page.locator(".ant-select-item-option", { hasText: "市交通运输局" }).click();
    await page.locator("#unit-robot_channel").click();
    await page.locator(".ant-select-item-option", { hasText: "钉钉" }).click();
    await page
      .locator("#unit-robot_webhookUrl")
      .fill(`https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}`);
    await page.locator("#unit-robot_secret").fill(DING_SECRET);
    await page.locator("#unit-robot").getByRole("button", { name: "保存" }).click();
    const robot = row(page, "市交通运输局", "钉钉");
    await robot.getByText("https://oapi.dingtalk.com/robot/send?access_token=c0ff…89").waitFor();
    expect(await robot.innerText()).toContain("已设置");
    await shoot(page, "admin-channels-robot-masked.png", ["access_token=c0ff…89"]);
    const shown = await page.locator("body").innerText();
    expect(shown).not.toContain("returned an object"); // every label is a message, none a key
    expect(shown).not.toContain(DING_TOKEN);
    expect(shown).not.toContain(DING_SECRET);
    const listed = JSON.stringify(await api.query("channels.listUnitRobots", {}));
    expect(listed).not.toContain(DING_TOKEN);
    expect(listed).not.toContain(DING_SECRET);
  }, 240_000);
});
