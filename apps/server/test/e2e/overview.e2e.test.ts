import { join } from "node:path";
import { DEMO_PASSWORD } from "@cw/db/testing";
import { describe, expect, it } from "vitest";
import { browserOrSkip, screenshotDir } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { tileNumber } from "../support/e2e-session.ts";

const chromium = browserOrSkip();

describe.skipIf(chromium.skip)("the overview page in headless Chromium", () => {
  const app = useE2EApp(chromium.path, "overview");

  it("answers /healthz with the database kind and current migrations", async () => {
    const health = await (await fetch(`${app.baseUrl}/healthz`)).json();
    expect(health).toMatchObject({ ok: true, database: "pglite", migrations: { current: true } });
  });

  it("shows the seeded numbers from the database and renders the chart", async () => {
    // Unauthenticated API calls are refused.
    expect((await fetch(`${app.baseUrl}/trpc/overview.tiles`)).status).toBe(401);

    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.baseUrl);
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByTestId("tile-sites").waitFor();

    // The numbers the API gives (to this session) are the ones the page must show.
    const cookie = (await page.context().cookies()).find((c) => c.name === "cw_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
    // The headline numbers and open findings by site type, from the tiles and the breakdown.
    const read = (path: string) =>
      fetch(`${app.baseUrl}/trpc/${path}`, {
        headers: { cookie: `cw_session=${cookie?.value}` },
      }).then((r) => r.json());
    const tiles = (await read("overview.tiles")).result.data.json as {
      siteCount: number;
      openFindings: number;
      overdueFindings: number;
    };
    const breakdown = (await read("overview.breakdown")).result.data.json as {
      bySiteType: { name: string }[];
    };
    const summary = {
      ...tiles,
      openBySiteType: breakdown.bySiteType.map((r) => ({ siteTypeName: r.name })),
    };
    expect(summary.siteCount).toBe(10);
    expect(summary.overdueFindings).toBeGreaterThan(0);

    expect(await tileNumber(page, "tile-sites")).toBe(summary.siteCount);
    expect(await tileNumber(page, "tile-open")).toBe(summary.openFindings);
    expect(await tileNumber(page, "tile-overdue")).toBe(summary.overdueFindings);

    // Charts are drawn as they scroll into view (issue 15): this one is below the fold.
    await page.getByRole("heading", { name: "各类点位未销号问题" }).scrollIntoViewIfNeeded();
    const chart = page.getByTestId("chart-open-by-site-type");
    await chart.locator(".recharts-bar-rectangle").first().waitFor();
    const bars = await chart.locator(".recharts-bar-rectangle").count();
    expect(bars).toBeGreaterThanOrEqual(summary.openBySiteType.length);
    const firstType = summary.openBySiteType[0]?.siteTypeName as string;
    expect(await chart.innerText()).toContain(firstType.slice(0, 4));

    await page.screenshot({ path: join(await screenshotDir(), "overview.png"), fullPage: true });
    await page.close();
  });
});
