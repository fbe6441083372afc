// An inspector on a 390 px phone, in headless Chromium against the real server and a fresh
// demo city: choose the nearest site from the phone's position, walk its checklist, record a
// finding with a photo online, then one with the network cut. The second waits on the phone,
// is sent once the network returns, and the database holds it exactly once.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { DEMO_PASSWORD, DEMO_SITES } from "@cw/db/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip, launchChromium, screenshotDir } from "../support/browser.ts";
import { freePort, type ServerProcess, startServerProcess } from "../support/server-process.ts";

// The phone drains its outbox in the background; on a busy machine that takes seconds.
const POLL = { timeout: 15_000 };

const chromium = browserOrSkip();

/** A valid 2×2 red PNG, built here so the test needs no fixture file. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Saves a full-page screenshot and checks the page shows every one of `texts` as it is taken. */
async function shoot(page: Page, name: string, texts: string[]): Promise<void> {
  await page.screenshot({ path: join(await screenshotDir(), name), fullPage: true });
  const shown = await page.locator("body").innerText();
  for (const text of texts) expect(shown, `${name} should show "${text}"`).toContain(text);
}

describe.skipIf(chromium.skip)("the inspector's phone view in headless Chromium", () => {
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let baseUrl: string;
  let dataDir: string;
  const site = DEMO_SITES.find((s) => s.code === "S01");
  if (!site) throw new Error("demo site S01 is missing");

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "cw-e2e-inspector-"));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = startServerProcess({ PORT: String(port), DATA_DIR: dataDir });
    await server.ready();
    browser = await launchChromium(chromium.path as string);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** What the API tells this browser's session (called from the test, never offline). */
  async function api<T>(path: string, input: unknown = {}): Promise<T> {
    const cookie = (await context.cookies()).find((c) => c.name === "cw_session");
    const query = encodeURIComponent(JSON.stringify({ json: input }));
    const response = await fetch(`${baseUrl}/trpc/${path}?input=${query}`, {
      headers: { cookie: `cw_session=${cookie?.value}` },
    });
    return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
  }
  const findingsWith = async (text: string) =>
    (await api<{ items: { description: string }[] }>("tasks.list", { text })).items.length;

  /** Fills the free-finding form: category, description, one photo from the "camera". */
  async function recordFinding(page: Page, category: string, description: string) {
    await page.getByRole("button", { name: "记录问题" }).click();
    await page.getByLabel("问题类别").click();
    await page.locator(`.ant-select-item-option[title="${category}"]`).click();
    await page.getByLabel("问题描述").fill(description);
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: tinyPng() });
    await page.getByRole("img", { name: "照片 1" }).waitFor();
    await page.getByRole("button", { name: "保存" }).click();
  }

  it("records findings with photos online and offline, each exactly once", async () => {
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: "zh-CN",
      permissions: ["geolocation"],
      geolocation: { latitude: site.lat + 0.0003, longitude: site.lng + 0.0002 },
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inspect`);
    await page.getByLabel("用户名").fill("inspector");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();

    // Nearest first: the phone stands a few dozen metres from S01.
    await page.getByText("已按距离由近到远排列").waitFor();
    const first = page.getByTestId("site-link").first();
    await expect.poll(() => first.innerText(), POLL).toContain(site.name);
    expect(await first.innerText()).toMatch(/\d+ 米/);
    await shoot(page, "inspector-site-chooser.png", [
      "现场督查",
      "选择点位",
      "按名称搜索点位",
      site.name,
      "待发送 0",
    ]);
    await expectNoSeriousA11yViolations(page, "the site chooser");

    // The checklist of the site's field standards, each answered in one tap.
    await first.click();
    const item = page.getByTestId("check-item").first();
    await item.waitFor();
    await item.getByRole("button", { name: "合格", exact: true }).click();
    await expect.poll(() => item.getAttribute("data-result"), POLL).toBe("pass");
    await expect
      .poll(() => page.getByTestId("outbox-button").getAttribute("data-count"), POLL)
      .toBe("0");
    await shoot(page, "inspector-checklist.png", [
      site.name,
      "实地考察标准",
      "合格",
      "不合格",
      "不适用",
      "记录问题",
    ]);
    await expectNoSeriousA11yViolations(page, "the checklist");

    const [category] = await api<{ name: string }[]>("categories.list", { active: true });
    if (!category) throw new Error("the demo city has no categories");

    // Online: sent at once, and on the task list.
    const online = `e2e 在线记录 ${Date.now()}`;
    await recordFinding(page, category.name, online);
    await expect.poll(() => findingsWith(online), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => page.getByTestId("outbox-button").getAttribute("data-count"), POLL)
      .toBe("0");

    // Offline: the entry waits on the phone, and the inspector can see it does.
    await context.setOffline(true);
    await page.getByTestId("offline-banner").waitFor();
    const offline = `e2e 离线记录 ${Date.now()}`;
    await recordFinding(page, category.name, offline);
    await expect
      .poll(() => page.getByTestId("outbox-button").getAttribute("data-count"), POLL)
      .toBe("1");
    await shoot(page, "inspector-offline-waiting.png", [
      "待发送 1",
      "网络已断开",
      "已保存在手机上",
    ]);
    await page.getByTestId("outbox-button").click();
    await page.getByText("待发送（1）").waitFor();
    await shoot(page, "inspector-offline-list.png", ["待发送（1）", site.name, offline]);
    await page.keyboard.press("Escape");
    expect(await findingsWith(offline)).toBe(0);

    // Back online: sent by itself, once.
    await context.setOffline(false);
    await expect
      .poll(() => page.getByTestId("outbox-button").getAttribute("data-count"), {
        timeout: 30_000,
      })
      .toBe("0");
    expect(await findingsWith(offline)).toBe(1);
    expect(await findingsWith(online)).toBe(1);
    await page.getByTestId("outbox-button").click();
    await page.getByText("最近已发送").waitFor();
    await shoot(page, "inspector-sent.png", ["待发送（0）", "最近已发送", offline.slice(0, 20)]);
  }, 180_000);
});
