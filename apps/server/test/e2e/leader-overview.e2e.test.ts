import { DEMO_PASSWORD } from "@cw/db/testing";
import type { OverviewTiles, UnitRanking } from "@cw/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../support/browser.ts";
import { shoot, useE2EApp } from "../support/e2e-app.ts";
import { tileDetail, tileNumber } from "../support/e2e-session.ts";

const chromium = browserOrSkip();

/** Saves a full-page screenshot and checks the page shows every one of `texts` as it is taken. */

describe.skipIf(chromium.skip)("the leader overview in headless Chromium", () => {
  const app = useE2EApp(chromium.path, "leader");

  /** What the API tells this browser's session (the page must show the same). */
  async function api<T>(page: Page, path: string, input: unknown = {}): Promise<T> {
    const cookie = (await page.context().cookies()).find((c) => c.name === "cw_session");
    const query = encodeURIComponent(JSON.stringify({ json: input }));
    const response = await fetch(`${app.baseUrl}/trpc/${path}?input=${query}`, {
      headers: { cookie: `cw_session=${cookie?.value}` },
    });
    return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
  }

  it("signs in, drills from a unit's overdue bar to its overdue tasks, and switches to English", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.baseUrl);
    await page.getByLabel("用户名").waitFor();
    // The form checks with the API's own schema before sending: both fields are required.
    await page.getByRole("button", { name: "登录" }).click();
    await expect.poll(() => page.getByText("必填。").count()).toBe(2);
    await shoot(page, "login.png", ["创文督查整改系统", "用户名", "密码", "登录", "必填。"]);
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();

    // The leader's home is the overview; its tiles show what the API computed.
    await page.getByTestId("tile-on-time").waitFor();
    expect(new URL(page.url()).pathname).toBe("/overview");
    const tiles = await api<OverviewTiles>(page, "overview.tiles");
    expect(tiles.overdueFindings).toBeGreaterThan(0);
    expect(await tileNumber(page, "tile-open")).toBe(tiles.openFindings);
    expect(await tileNumber(page, "tile-overdue")).toBe(tiles.overdueFindings);
    expect(await tileDetail(page, "tile-on-time")).toBe(
      `按期销号 ${tiles.closedOnTime.toLocaleString("zh-CN")} / 应销号 ${tiles.judgedTasks.toLocaleString("zh-CN")}`,
    );
    const overdueChart = page.getByTestId("chart-units-overdue");
    await overdueChart.locator("a.drill-bar").first().waitFor();
    await shoot(page, "leader-overview.png", [
      "华阴市 · 创建工作总览",
      "未销号问题",
      "逾期问题",
      "按期销号率",
      "销号用时中位数",
      "每周新发现与销号",
      "逾期时长分布",
      "责任单位逾期任务排名",
      "各类点位未销号问题",
      "预计测评得分",
    ]);

    // Click the overdue bar of the unit with the most overdue tasks.
    const ranking = await api<UnitRanking>(page, "overview.units");
    const unit = ranking.byOverdue[0];
    if (!unit || unit.overdue === 0) throw new Error("the demo city has no overdue unit");
    await overdueChart.locator(`a.drill-bar[data-key="${unit.unitId}"]`).click();
    await page.waitForURL((url) => url.pathname === "/tasks");
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({ unitId: unit.unitId, timing: "overdue" });

    // Every row is that unit's and overdue, and there are as many as the bar said.
    const rows = page.getByTestId("task-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(unit.overdue);
    for (const row of await rows.all()) {
      expect(await row.getAttribute("data-unit-id")).toBe(unit.unitId);
      expect(await row.getAttribute("data-overdue")).toBe("true");
      expect(await row.getByTestId("task-unit").innerText()).toBe(unit.unitName);
      expect(await row.getByTestId("task-overdue").innerText()).toBe("逾期");
    }
    await shoot(page, "tasks-unit-overdue.png", [
      "整改任务清单",
      `共 ${unit.overdue} 项`,
      `责任单位：${unit.unitName}`,
      "时限：已逾期",
    ]);

    // Back on the overview, English: labels, the lang cookie, and the server's messages.
    await page.goBack();
    await page.getByTestId("tile-on-time").waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByTestId("tile-open").getByText("Open findings").waitFor();
    const lang = (await page.context().cookies()).find((c) => c.name === "lang");
    expect(lang?.value).toBe("en");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await shoot(page, "leader-overview-en.png", [
      "Huayin · Campaign overview",
      "Open findings",
      "Overdue",
      "Closed on time",
      "Median days to close",
      "Findings opened vs closed per week",
      "Overdue aging",
      "Units ranked by overdue tasks",
      "Open findings by site type",
      "Projected assessment score",
      "Sign out",
    ]);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Username").fill("leader");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Wrong username or password.").waitFor();
    await shoot(page, "login-failed-en.png", ["Sign-in failed", "Wrong username or password."]);
    await page.close();
  });

  it("opens a bookmarked, filtered overview with the filters shown and applied", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.baseUrl);
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByTestId("tile-on-time").waitFor();

    const [unit] = (await api<UnitRanking>(page, "overview.units")).byOverdue;
    if (!unit) throw new Error("the demo city has no units with tasks");
    await page.goto(`${app.baseUrl}/overview?unitId=${unit.unitId}`);
    const tile = page.getByTestId("tile-overdue");
    await tile.waitFor();
    const filtered = await api<OverviewTiles>(page, "overview.tiles", { unitId: unit.unitId });
    expect(filtered.overdueFindings).toBe(unit.overdue);
    await expect.poll(() => tileNumber(page, "tile-overdue")).toBe(unit.overdue);
    // The panel opens by itself and names the unit it filters by.
    await page.getByRole("combobox", { name: "责任单位" }).waitFor();
    await shoot(page, "leader-overview-filtered.png", ["筛选条件（1）", unit.unitName]);
    await page.close();
  });
});
