// A leader reads the projected score: the overview's score tiles, the assessment tree with
// the points lost per branch and where most are lost, and the site map with its legend, in
// headless Chromium against the real server and a fresh demo city. Each screen is
// screenshotted, checked for the texts it must show, and run through axe.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD } from "@cw/db/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip, launchChromium, screenshotDir } from "../support/browser.ts";
import { freePort, type ServerProcess, startServerProcess } from "../support/server-process.ts";

const chromium = browserOrSkip();

async function shoot(page: Page, name: string, texts: string[]): Promise<void> {
  await page.screenshot({ path: join(await screenshotDir(), name), fullPage: true });
  const shown = await page.locator("body").innerText();
  for (const text of texts) expect(shown, `${name} should show "${text}"`).toContain(text);
}

describe.skipIf(chromium.skip)("the assessment pages in headless Chromium", () => {
  let server: ServerProcess;
  let browser: Browser;
  let baseUrl: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "cw-e2e-assessment-"));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = startServerProcess({ PORT: String(port), DATA_DIR: dataDir });
    await server.ready();
    browser = await launchChromium(chromium.path as string);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("shows the projected score, the tree with points lost, the losing list and the site map", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();

    // Overview: one projected-score tile per system (the demo has all three), loaded lazily.
    const tiles = page.getByTestId("score-tile");
    await tiles.first().waitFor({ timeout: 30_000 });
    expect(await tiles.count()).toBe(3);
    await page.getByTestId("chart-score-items").waitFor();
    await shoot(page, "overview-scores.png", [
      "预计测评得分",
      "目标",
      "全市综合得分",
      "实地考察",
      "示例",
    ]);
    await expectNoSeriousA11yViolations(page, "overview with scores");

    // Assessment: the tree with points lost per branch and where the most are lost.
    await page.getByRole("link", { name: "测评体系", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/assessment");
    await page.getByTestId("tree-row-item").first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("points-lost").count()).toBeGreaterThan(0);
    await page.getByTestId("losing-row").first().waitFor();
    await shoot(page, "assessment-tree.png", [
      "测评体系与预计得分",
      "失分",
      "失分最多的测评标准",
      "未销号问题",
      "逾期任务",
      "示例",
    ]);
    await expectNoSeriousA11yViolations(page, "assessment tree");

    // Site map: every site a point, coloured by its worst open item, with the legend.
    await page.getByRole("link", { name: "点位地图", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/map");
    const points = page.getByTestId("map-site");
    await points.first().waitFor({ timeout: 30_000 });
    expect(await points.count()).toBeGreaterThan(1);
    await page.getByTestId("map-legend").waitFor();
    await shoot(page, "site-map.png", [
      "点位地图",
      "红色：已逾期",
      "黄色：进度滞后",
      "蓝色：临近期限",
      "绿色：无预警",
    ]);
    await expectNoSeriousA11yViolations(page, "site map");

    // A red site opens its overdue tasks.
    const red = page.locator('[data-testid="map-site"][data-worst="red"]').first();
    if ((await red.count()) > 0) {
      await red.click();
      await page.waitForURL((url) => url.pathname === "/tasks");
      expect(new URL(page.url()).searchParams.get("warning")).toBe("red");
    }
    await page.close();
  }, 120_000);
});
