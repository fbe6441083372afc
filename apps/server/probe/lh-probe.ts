// Ad-hoc (not committed): runs Lighthouse mobile on the given paths and writes each lhr.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HEADLESS_CHROMIUM_ARGS } from "@cw/db";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import puppeteer from "puppeteer-core";
import { sessionCookie } from "../test/support/lighthouse.ts";
import { freePort, startServerProcess } from "../test/support/server-process.ts";

const base = process.env.BASE ?? "";
let baseUrl = base;
let server: ReturnType<typeof startServerProcess> | undefined;
if (!base) {
  const dataDir = await mkdtemp(join(tmpdir(), "cw-probe-"));
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = startServerProcess({ PORT: String(port), DATA_DIR: dataDir, JOBS: "off" });
  await server.ready(240_000);
  console.log("server", baseUrl);
}
const runs = Number(process.env.RUNS ?? 1);
for (const spec of process.argv.slice(2)) {
  const [path, user, preset = "mobile"] = spec.split(",");
  for (let r = 0; r < runs; r++) {
    const cookie = user ? await sessionCookie(baseUrl, user) : undefined;
    const chrome = await chromeLauncher.launch({
      chromePath: "/usr/bin/chromium",
      chromeFlags: ["--headless=new", ...HEADLESS_CHROMIUM_ARGS],
      logLevel: "error",
    });
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    const page = await browser.newPage();
    if (cookie) {
      const [name = "", value = ""] = cookie.split("=");
      await browser.setCookie({ name, value, domain: "127.0.0.1", path: "/" });
    }
    const result = await lighthouse(
      `${baseUrl}${path}`,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] },
      preset === "desktop" ? desktopConfig : undefined,
      page,
    );
    await browser.disconnect();
    chrome.kill();
    const lhr = result!.lhr;
    const file = `/tmp/lhr-${path.replace(/\W/g, "_")}-${r}.json`;
    await writeFile(file, JSON.stringify(lhr));
    const a = lhr.audits;
    const n = (id: string) => Math.round(a[id]?.numericValue ?? -1);
    const lt = ((a["long-tasks"]?.details as any)?.items ?? [])
      .map((t: any) => `${Math.round(t.duration)}@${Math.round(t.startTime)}`)
      .join(" ");
    console.log(
      `${path} perf ${Math.round((lhr.categories.performance?.score ?? 0) * 100)} FCP ${n("first-contentful-paint")} LCP ${n("largest-contentful-paint")} TBT ${n("total-blocking-time")} SI ${n("speed-index")} long: ${lt} -> ${file}`,
    );
  }
}
await server?.stop();
