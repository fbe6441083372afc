// Issue 15: the phone screens and the sign-in page score 90+ in Lighthouse's mobile audit and
// 95+ in accessibility, with no main-thread task over 200 ms; the overview 90+ on the desktop
// preset. The real server with the demo city, Lighthouse 12 with simulated throttling, the
// median of three runs per page (its mobile scores vary run to run), pages one at a time.
// The sign-in page and the citizen's page are held to those goals; /inspect and /unit, which
// reach them since decisions 0033 and 0034 (CI: 92 and 92) with little margin, the desktop
// overview, which reaches its goal in most runs but not all, and the overview on a phone
// (goal 70), to floors under the goals (Goal.goal, decision 0027), with the goal printed and
// whether this run reached it. Simulated
// throttling scales the CPU time it observed: on a machine busy with other work (load average
// well above its two cores) every score drops, and the load is printed with each result.
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserOrSkip } from "../support/browser.ts";
import { medianAudit, type PageAudit, type Preset, sessionCookie } from "../support/lighthouse.ts";
import { freePort, type ServerProcess, startServerProcess } from "../support/server-process.ts";

const chromium = browserOrSkip();

interface Goal {
  name: string;
  path: string;
  /** Who is signed in (through the API; the session goes into the browser's jar), or nobody. */
  user?: string;
  preset: Preset;
  /** The median score asserted: issue 15's goal, or where not yet reached the floor below. */
  performance: number;
  accessibility: number;
  /** The longest task allowed on the page's main thread, in ms (the phone screens'). */
  longestTask?: number;
  /**
   * Issue 15's goals where the page does not reach them yet (decision 0027 says what is left):
   * the assertion above is then the floor measured at the close of issue 15 with a margin for
   * a shared machine, so the page cannot fall back, and the gap is printed with every run.
   */
  goal?: { performance: number; longestTask?: number };
}

const GOALS: Goal[] = [
  { name: "sign-in", path: "/", preset: "mobile", performance: 90, accessibility: 95 },
  {
    name: "inspector's field screen",
    path: "/inspect",
    user: "inspector",
    preset: "mobile",
    // Medians of 59–67 in CI on 2026-12-04 before decisions 0033 and 0034 (83–85 on a quiet
    // machine); after them 90 (runs 92, 90, 90; longest task 192 ms) at a load of 2.4, and
    // 92 (91, 92, 92; 148 ms) in the CI run at 19:42 (load 4–6). Held to 80 and 300 ms, ten
    // points under what CI measured, and the goal printed with every run.
    performance: 80,
    accessibility: 95,
    longestTask: 300,
    goal: { performance: 90, longestTask: 200 },
  },
  {
    name: "unit officer's view",
    path: "/unit",
    user: "officer",
    preset: "mobile",
    // 57–72 before decisions 0033 and 0034 (CI: 63); after them 92 (runs 91, 92, 92; longest
    // task 211 ms, the document's first task) at a load of 2.1, and 92 (92, 93, 91; 182 ms) in
    // the CI run at 19:42. Floor and goal as /inspect's.
    performance: 80,
    accessibility: 95,
    longestTask: 300,
    goal: { performance: 90, longestTask: 200 },
  },
  // The citizen's page (issue 14): a phone, no account, often a weak signal.
  {
    name: "citizen report page",
    path: "/report",
    preset: "mobile",
    // Issue 15's goal since decision 0032 (plain markup, no API client): medians of 93 at a
    // load of 4.5 (64 before). The 200 ms task goal is the phone screens'; this page's
    // longest task is React's start-up, as the sign-in page's (190–270 ms).
    performance: 90,
    accessibility: 95,
    longestTask: 400,
  },
  {
    name: "leader overview",
    path: "/overview",
    user: "leader",
    preset: "desktop",
    // Issue 15's goal is 90: medians of 96–98 on decision 0027's day, 89–94 on 2026-12-04
    // (the CI runs: 92, then 89 with runs of 80, 89, 89). Held to 85 so a busy run does not
    // fail the suite; whether the goal was reached is printed with every run.
    performance: 85,
    accessibility: 95,
    goal: { performance: 90 },
  },
  {
    name: "leader overview on a phone",
    path: "/overview",
    user: "leader",
    preset: "mobile",
    // Issue 15's goal is 70: 68 and 75 in probe runs on 2026-12-04 (TBT 355–1,063 ms: the
    // charts draw on the phone's CPU), 80 (80, 80, 80) in the CI run at 19:42. Held to 60,
    // under the goal for a busy machine; the goal is printed.
    performance: 60,
    accessibility: 95,
    goal: { performance: 70 },
  },
];

const line = (goal: Goal, a: PageAudit) =>
  `${goal.path} (${goal.preset}): performance ${a.performance}, accessibility ${a.accessibility}, ` +
  `FCP ${a.fcp} ms, LCP ${a.lcp} ms, TBT ${a.tbt} ms, longest task ${a.longestTask} ms, ` +
  `JS ${(a.scriptBytes / 1000).toFixed(1)} kB`;

describe.skipIf(chromium.skip)("Lighthouse on the phone screens, sign-in and overview", () => {
  let server: ServerProcess;
  let baseUrl = "";
  let dataDir = "";
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "cw-e2e-lighthouse-"));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = startServerProcess({ PORT: String(port), DATA_DIR: dataDir, JOBS: "off" });
    await server.ready(240_000);
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  for (const goal of GOALS) {
    it(`${goal.name} ${goal.path}: performance ≥ ${goal.performance} (${goal.preset}), accessibility ≥ ${goal.accessibility}`, async () => {
      const cookie = goal.user ? await sessionCookie(baseUrl, goal.user) : undefined;
      const audit = await medianAudit(
        chromium.path as string,
        `${baseUrl}${goal.path}`,
        goal.preset,
        cookie,
      );
      const target = goal.goal;
      const reached =
        target &&
        audit.performance >= target.performance &&
        (target.longestTask === undefined || audit.longestTask <= target.longestTask);
      const gap = target
        ? `\n  issue 15's goal: performance ${target.performance}` +
          (target.longestTask === undefined ? "" : `, longest task ≤ ${target.longestTask} ms`) +
          (reached ? " (reached in this run)" : " (not reached in this run)")
        : "";
      const load = loadavg().map((n) => n.toFixed(1));
      console.log(
        `${line(goal, audit)}\n  runs: ${audit.runs.map((r) => r.performance).join(", ")}; load average ${load.join(" ")}${gap}`,
      );
      expect(audit.performance, line(goal, audit)).toBeGreaterThanOrEqual(goal.performance);
      expect(
        audit.accessibility,
        `failed: ${audit.a11yFailures.join(", ")}`,
      ).toBeGreaterThanOrEqual(goal.accessibility);
      if (goal.longestTask !== undefined)
        expect(audit.longestTask, line(goal, audit)).toBeLessThanOrEqual(goal.longestTask);
    }, 240_000);
  }
});
