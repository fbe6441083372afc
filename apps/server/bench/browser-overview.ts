// The overview in Chromium: from navigation until every chart is drawn and nothing is still
// loading, as a leader sees it (Debian's Chromium through playwright-core).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HEADLESS_CHROMIUM_ARGS } from "@cw/db";
import { chromium } from "playwright-core";
import type { Stats } from "./load.ts";
import { stats } from "./load.ts";

const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (p): p is string => !!p && existsSync(p),
);

const WEB_BUILD = fileURLToPath(new URL("../../web/dist/index.html", import.meta.url));

/** Overview chart cards with bars: weekly, aging, two unit rankings, site type, category. */
const CHARTS = 6;

export async function overviewInChromium(
  base: string,
  sessionCookie: string,
  rounds: number,
  log: (line: string) => void = () => {},
): Promise<{ stats: Stats; whole: Stats; requests: number } | null> {
  // The server serves the built web app: without `npm run build` there is no page to time.
  if (!CHROMIUM || !existsSync(WEB_BUILD)) return null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: HEADLESS_CHROMIUM_ARGS,
  });
  try {
    const [name, value] = sessionCookie.split("=") as [string, string];
    const times: number[] = [];
    const wholeTimes: number[] = [];
    let apiRequests = 0;
    for (let i = 0; i <= rounds; i++) {
      // A fresh context each time: nothing cached, as on a leader's first visit of the day.
      // Tall enough for every chart: the page draws a chart as it comes into view (issue 15).
      const context = await browser.newContext({ viewport: { width: 1440, height: 3200 } });
      await context.addCookies([{ name, value, url: base }]);
      const page = await context.newPage();
      let calls = 0;
      const api: { path: string; start: number; took: number }[] = [];
      let scriptsDone = 0;
      page.on("request", (r) => {
        if (r.url().includes("/trpc/")) calls++;
      });
      // Which API request the page waited for, and how long each took (in the log).
      page.on("requestfinished", (r) => {
        const url = new URL(r.url());
        if (url.pathname.endsWith(".js")) {
          const t = r.timing();
          scriptsDone = Math.max(scriptsDone, t.startTime + t.responseEnd);
          return;
        }
        if (!url.pathname.startsWith("/trpc/")) return;
        const t = r.timing();
        api.push({ path: url.pathname.slice(6, 60), start: t.startTime, took: t.responseEnd });
      });
      await page.goto(`${base}/overview`);
      // The charts (issue 11's goal), then the whole page with the score section under them.
      await page.waitForFunction(
        (charts) =>
          document.querySelectorAll(".chart-grid .recharts-surface").length >= charts &&
          !document.querySelector(".chart-grid .boot-loading"),
        CHARTS,
        { timeout: 60_000, polling: 20 },
      );
      // Milliseconds since the navigation started, by the page's own clock.
      const charts = await page.evaluate(() => performance.now());
      await page.waitForFunction(
        () =>
          !document.querySelector(".boot-loading") &&
          !!document.querySelector(
            "[data-testid=slot-projected-score] :is(.score-section, .no-data)",
          ),
        undefined,
        { timeout: 60_000, polling: 20 },
      );
      const whole = await page.evaluate(() => performance.now());
      // The first round warms the server and the build's files.
      if (i > 0) {
        times.push(charts);
        wholeTimes.push(whole);
        const origin = await page.evaluate(() => performance.timeOrigin);
        const timings = api.map(
          (a) => `${a.path} from ${Math.round(a.start - origin)} ms, ${Math.round(a.took)} ms`,
        );
        log(
          `overview in Chromium: charts at ${Math.round(charts)} ms, the whole page at ${Math.round(whole)} ms, its code in by ${Math.round(scriptsDone - origin)} ms; ${timings.join("; ")}`,
        );
      }
      apiRequests = calls;
      await context.close();
    }
    return { stats: stats(times, 0), whole: stats(wholeTimes, 0), requests: apiRequests };
  } finally {
    await browser.close();
  }
}
