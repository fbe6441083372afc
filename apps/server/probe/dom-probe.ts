import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HEADLESS_CHROMIUM_ARGS } from "@cw/db";
import puppeteer from "puppeteer-core";
import { sessionCookie } from "../test/support/lighthouse.ts";
import { freePort, startServerProcess } from "../test/support/server-process.ts";

const dataDir = await mkdtemp(join(tmpdir(), "cw-probe-"));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = startServerProcess({ PORT: String(port), DATA_DIR: dataDir, JOBS: "off" });
await server.ready(240_000);
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: HEADLESS_CHROMIUM_ARGS,
});
for (const [path, user, lang] of [
  ["/inspect", "inspector", "zh-CN"],
  ["/unit", "officer", "en"],
  ["/overview", "leader", "zh-CN"],
]) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  const cookie = await sessionCookie(baseUrl, user as string);
  const [name = "", value = ""] = cookie.split("=");
  await ctx.setCookie(
    { name, value, domain: "127.0.0.1", path: "/" },
    { name: "lang", value: lang as string, domain: "127.0.0.1", path: "/" },
  );
  await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle0" });
  const info = await page.evaluate(() => ({
    topbars: document.querySelectorAll(".topbar").length,
    brand: document.querySelector(".brand")?.textContent,
    h: document.querySelector("h1,h2")?.textContent,
    lang: document.documentElement.lang,
    title: document.title,
  }));
  console.log(path, JSON.stringify(info));
  await ctx.close();
}
await browser.close();
await server.stop();
