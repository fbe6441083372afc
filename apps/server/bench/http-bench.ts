// npm run bench:http: a city loaded set-based, the real server, and every measured request
// next to the lean SQL returning the same rows, interleaved in one run, at 1, 20 and 50 users.
import { prepareCity } from "./bench-city.ts";
import { rssSampler, startBenchServer } from "./bench-server.ts";
import { overviewInChromium } from "./browser-overview.ts";
import { interleaved, runConcurrent, runHttp, type Stats } from "./load.ts";
import { buildScenarios, OVERVIEW_CALLS, signIn, trpcGet, trpcPath } from "./scenarios.ts";
import { summaryReadRows } from "./summary-reads.ts";

export interface BenchOptions {
  engine: "pglite" | "postgres";
  adminUrl?: string;
  sites: number;
  findings: number;
  /** Concurrent users per level; 1 runs app and lean SQL alternately. */
  levels: number[];
  /** Only the probes (static file, auth.me) while overviews run at the first level above 1. */
  probeOnly?: boolean;
  /** Requests per user at each level (lists), overviews per user. */
  listRequestsPerUser: number;
  overviewsPerUser: number;
  maxSeconds: number;
  poolSize: number;
  /** Page loads of the overview in Chromium (0: skip). */
  browserRounds: number;
  /** Reads of the overview's numbers from the recount and from the summaries, each. */
  summaryRounds: number;
  log: (line: string) => void;
}

export interface BenchRow {
  what: string;
  users: number;
  app: Stats;
  lean: Stats | null;
  /** app p50 ÷ lean p50. */
  ratio: number | null;
  rssMb: number;
}

export interface BenchReport {
  engine: string;
  load: { sites: number; findings: number; seconds: number };
  rows: BenchRow[];
  /** A static file and auth.me while `users` overviews run. */
  probes: { what: string; users: number; stats: Stats }[];
  summaries: { what: string; stats: Stats }[];
  /** Navigation to the overview until its charts show, in Chromium (null: no browser). */
  browser: { stats: Stats; whole: Stats; requests: number } | null;
  peakRssMb: number;
}

export async function runHttpBench(o: BenchOptions): Promise<BenchReport> {
  o.log(`${o.engine}: loading ${o.sites} sites and ${o.findings} findings…`);
  const city = await prepareCity(o);
  o.log(
    `${o.engine}: loaded in ${(city.load.milliseconds / 1000).toFixed(1)} s; starting the server`,
  );
  const server = await startBenchServer(city.serverEnv);
  const rss = rssSampler(server);
  const rows: BenchRow[] = [];
  const probes: BenchReport["probes"] = [];
  let peakRssMb = 0;
  try {
    const coordinator = await signIn(server.base, city.users.coordinator, city.users.password);
    const leader = await signIn(server.base, city.users.leader, city.users.password);
    const cookies = { coordinator, leader };
    const scenarios = o.probeOnly
      ? []
      : await buildScenarios(server.base, cookies, city.sql, o.findings);
    for (const s of scenarios) {
      const cookie = cookies[s.as];
      // Warm both sides once and prove they return the same thing.
      await s.check(await trpcGet(server.base, s.path, cookie));
      const perUser = s.as === "leader" ? o.overviewsPerUser : o.listRequestsPerUser;
      for (const users of o.levels) {
        await rss.reset();
        const limits = { connections: users, amount: users * perUser, maxSeconds: o.maxSeconds };
        let app: Stats;
        let lean: Stats;
        if (users === 1) {
          [app, lean] = await interleaved(
            () => trpcGet(server.base, s.path, cookie),
            s.lean,
            perUser,
          );
        } else {
          app = await runHttp(server.base, { path: s.path, cookie }, limits);
          lean = await runConcurrent(s.lean, limits);
        }
        const row = {
          what: s.name,
          users,
          app,
          lean,
          ratio: app.p50 / lean.p50,
          rssMb: rss.peak(),
        };
        peakRssMb = Math.max(peakRssMb, row.rssMb);
        rows.push(row);
        o.log(formatRow(row));
      }
    }
    // Everything else while overviews run: does the server still answer at once?
    const overview = trpcPath(OVERVIEW_CALLS.map((c) => ({ path: `overview.${c}`, input: {} })));
    const me = trpcPath([{ path: "auth.me" }]);
    for (const users of o.levels.filter((u) => u > 1).slice(0, 1)) {
      await rss.reset();
      const running = runHttp(
        server.base,
        { path: overview, cookie: leader },
        { connections: users, amount: users * o.overviewsPerUser, maxSeconds: o.maxSeconds },
      );
      const [file, auth] = (await probeWhile(running, [
        () => fetch(`${server.base}/`).then((r) => r.arrayBuffer()),
        () => trpcGet(server.base, me, leader),
      ])) as [Stats, Stats];
      const app = await running;
      probes.push({ what: "static file (/)", users, stats: file });
      probes.push({ what: "auth.me", users, stats: auth });
      rows.push({
        what: "overview (while probed)",
        users,
        app,
        lean: null,
        ratio: null,
        rssMb: rss.peak(),
      });
      o.log(
        `while ${users} overviews run: / p95 ${file.p95.toFixed(0)} ms, auth.me p95 ${auth.p95.toFixed(0)} ms`,
      );
    }
    const summaries = await summaryReadRows(city.db, o.log, o.summaryRounds);
    const browser =
      o.browserRounds > 0
        ? await overviewInChromium(server.base, leader, o.browserRounds, o.log)
        : null;
    if (browser) {
      o.log(
        `overview in Chromium until the charts show: p50 ${browser.stats.p50.toFixed(0)} ms (${browser.requests} API requests)`,
      );
    }
    return {
      engine: o.engine,
      load: { sites: o.sites, findings: o.findings, seconds: city.load.milliseconds / 1000 },
      rows,
      probes,
      summaries,
      browser,
      peakRssMb,
    };
  } finally {
    rss.stop();
    await server.stop();
    await city.dispose();
  }
}

/** Sends each probe in turn, one at a time, until `running` settles. */
async function probeWhile(
  running: Promise<unknown>,
  probes: (() => Promise<unknown>)[],
): Promise<Stats[]> {
  const times = probes.map(() => [] as number[]);
  let done = false;
  void running.finally(() => {
    done = true;
  });
  const begin = performance.now();
  // Let the load build up first.
  await new Promise((r) => setTimeout(r, 300));
  while (!done) {
    for (const [i, probe] of probes.entries()) {
      const t = performance.now();
      await probe();
      times[i]?.push(performance.now() - t);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (performance.now() - begin) / 1000;
  const { stats } = await import("./load.ts");
  return times.map((t) => stats(t, seconds));
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 1 : 0) : "—");

export function formatRow(r: BenchRow): string {
  const lean = r.lean
    ? `${ms(r.lean.p50)} / ${ms(r.lean.p95)} ms, ${r.lean.rps.toFixed(1)}/s`
    : "—";
  return `| ${r.what} | ${r.users} | ${ms(r.app.p50)} / ${ms(r.app.p95)} ms, ${r.app.rps.toFixed(1)}/s${r.app.errors ? ` (${r.app.errors} errors)` : ""} | ${lean} | ${r.ratio === null ? "—" : `${r.ratio.toFixed(2)}×`} | ${r.rssMb.toFixed(0)} |`;
}

export function formatReport(report: BenchReport): string {
  const lines = [
    `## ${report.engine}: ${report.load.sites} sites, ${report.load.findings} findings (loaded in ${report.load.seconds.toFixed(1)} s)`,
    "",
    "| what | users | app p50 / p95, req/s | lean SQL p50 / p95, req/s | ratio (p50) | server RSS MB |",
    "|---|---:|---:|---:|---:|---:|",
    ...report.rows.map(formatRow),
    "",
    "| while overviews run | users | p50 ms | p95 ms |",
    "|---|---:|---:|---:|",
    ...report.probes.map(
      (p) => `| ${p.what} | ${p.users} | ${ms(p.stats.p50)} | ${ms(p.stats.p95)} |`,
    ),
    "",
    "| overview numbers read from | p50 ms | p95 ms |",
    "|---|---:|---:|",
    ...report.summaries.map((s) => `| ${s.what} | ${ms(s.stats.p50)} | ${ms(s.stats.p95)} |`),
    "",
    report.browser
      ? `Overview in Chromium, navigation until the charts show: p50 ${ms(report.browser.stats.p50)} ms, p95 ${ms(report.browser.stats.p95)} ms; the whole page with its score section: p50 ${ms(report.browser.whole.p50)} ms, p95 ${ms(report.browser.whole.p95)} ms (${report.browser.stats.count} loads, ${report.browser.requests} API requests each)`
      : "Overview in Chromium: skipped (no browser, or BENCH_BROWSER_ROUNDS=0)",
    "",
    `Peak server RSS: ${report.peakRssMb.toFixed(0)} MB`,
  ];
  return lines.join("\n");
}
