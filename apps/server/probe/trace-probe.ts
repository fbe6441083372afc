// Ad-hoc: a Chromium trace of a first load, main-thread time by event (self time of top-level tasks' children).
import { mkdtemp, writeFile } from "node:fs/promises";
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
for (const spec of process.argv.slice(2)) {
  const [path, user] = spec.split(",");
  const browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: HEADLESS_CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
  if (user) {
    const cookie = await sessionCookie(baseUrl, user);
    const [name = "", value = ""] = cookie.split("=");
    await browser.setCookie({ name, value, domain: "127.0.0.1", path: "/" });
  }
  const cdp = await page.createCDPSession();
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await page.tracing.start({
    categories: [
      "devtools.timeline",
      "v8",
      "disabled-by-default-devtools.timeline",
      "blink.user_timing",
    ],
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle0" });
  const buf = await page.tracing.stop();
  const { profile } = (await cdp.send("Profiler.stop")) as any;
  {
    const nodes = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
    const self = new Map<number, number>();
    const dts = profile.timeDeltas as number[];
    profile.samples.forEach((id: number, i: number) =>
      self.set(id, (self.get(id) ?? 0) + (dts[i + 1] ?? 0)),
    );
    const byFn = new Map<string, number>();
    const byUrl = new Map<string, number>();
    for (const [id, us] of self) {
      const n = nodes.get(id);
      const url = (n.callFrame.url as string).replace(/.*\/assets\//, "") || "(native)";
      const fn = `${n.callFrame.functionName || "(anon)"} ${url}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      if (["(idle)", "(program)", "(garbage collector)"].includes(n.callFrame.functionName)) {
        byUrl.set(n.callFrame.functionName, (byUrl.get(n.callFrame.functionName) ?? 0) + us);
        continue;
      }
      byFn.set(fn, (byFn.get(fn) ?? 0) + us);
      byUrl.set(url, (byUrl.get(url) ?? 0) + us);
    }
    console.log("self time by script (ms):");
    for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 16))
      console.log(`  ${(v / 1000).toFixed(1).padStart(7)} ${k}`);
    console.log("top functions:");
    for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${(v / 1000).toFixed(1).padStart(7)} ${k}`);
  }
  await browser.close();
  const trace = JSON.parse(Buffer.from(buf!).toString());
  const events = trace.traceEvents as any[];
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const busy = (m: any) =>
    events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === "RunTask")
      .reduce((s, e) => s + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const onMain = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur,
  );
  const tasks = onMain.filter((e) => e.name === "RunTask");
  const total = tasks.reduce((s, e) => s + e.dur, 0) / 1000;
  // Children directly under RunTask: by name.
  const by = new Map<string, number>();
  const fnBy = new Map<string, number>();
  for (const e of onMain) {
    if (e.name === "RunTask") continue;
    const parent = tasks.find((t) => t.ts <= e.ts && t.ts + t.dur >= e.ts + e.dur);
    if (!parent) continue;
    // direct children: no other non-RunTask event enclosing it
    const enclosed = onMain.some(
      (o) =>
        o !== e &&
        o.name !== "RunTask" &&
        o.ts <= e.ts &&
        o.ts + o.dur >= e.ts + e.dur &&
        o.dur > e.dur,
    );
    if (enclosed) continue;
    by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
    if (
      e.name === "FunctionCall" ||
      e.name === "EvaluateScript" ||
      e.name === "v8.run" ||
      e.name === "TimerFire" ||
      e.name === "FireAnimationFrame"
    ) {
      const url = (e.args?.data?.url ?? e.args?.data?.functionName ?? "?").replace(
        /.*\/assets\//,
        "",
      );
      const k = `${e.name} ${url}`;
      fnBy.set(k, (fnBy.get(k) ?? 0) + e.dur / 1000);
    }
  }
  console.log(`${path}: main-thread tasks ${total.toFixed(0)} ms in ${tasks.length}`);
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
  for (const [k, v] of [...fnBy].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
  await writeFile(`/tmp/trace-${path.replace(/\W/g, "_")}.json`, JSON.stringify(trace));
}
await server.stop();
