import { DEMO_PASSWORD } from "@cw/db/testing";
import { describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip } from "../support/browser.ts";
import { shoot, useE2EApp } from "../support/e2e-app.ts";

const chromium = browserOrSkip();

describe.skipIf(chromium.skip)("the assessment pages in headless Chromium", () => {
  const app = useE2EApp(chromium.path, "assessment");

  it("shows the projected score, the tree with points lost, the losing list and the site map", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.baseUrl);
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();

    // Overview: one projected-score tile per system (the demo has all three), loaded lazily
    // and drawn as the section scrolls into view (issue 15).
    await page.getByRole("heading", { name: "预计测评得分" }).scrollIntoViewIfNeeded();
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

    // A section's bar drills down to that section's detail on the assessment page.
    await page
      .getByTestId("chart-score-sections")
      .locator('a.drill-bar[data-key="lost-materials"]')
      .dispatchEvent("click");
    await page.waitForURL(
      (url) => url.pathname === "/assessment" && url.searchParams.get("tab") === "materials",
    );
    await page.goto(app.baseUrl);
    await page.getByRole("heading", { name: "预计测评得分" }).scrollIntoViewIfNeeded();
    await page.getByTestId("chart-score-items").waitFor({ timeout: 30_000 });

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

    // A red site opens all its open tasks: what its marker counts, not only the red ones.
    const red = page.locator('[data-testid="map-site"][data-worst="red"]').first();
    if ((await red.count()) > 0) {
      await red.click();
      await page.waitForURL((url) => url.pathname === "/tasks");
      const params = new URL(page.url()).searchParams;
      expect([params.get("open"), params.get("warning")]).toEqual(["true", null]);
    }
    await page.close();
  }, 120_000);
});
