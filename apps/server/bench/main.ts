// npm run bench:http — city-scale load over HTTP on the embedded engine, and on PostgreSQL
// when BENCH_DATABASE_URL names a server (a database is created there and dropped after).
// BENCH_SITES, BENCH_FINDINGS, BENCH_LEVELS ("1,20,50") and BENCH_ENGINES ("pglite,postgres")
// change the defaults. Results: docs/performance.md.
import { cpus, loadavg, totalmem } from "node:os";
import { formatReport, runHttpBench } from "./http-bench.ts";

const env = process.env;
const adminUrl = env.BENCH_DATABASE_URL;
const engines = (env.BENCH_ENGINES ?? (adminUrl ? "pglite,postgres" : "pglite"))
  .split(",")
  .map((e) => e.trim()) as ("pglite" | "postgres")[];
// BENCH_LEVELS="" checks every scenario once and measures only the summaries and the browser.
const levels = (env.BENCH_LEVELS ?? "1,20,50")
  .split(",")
  .filter((l) => l.trim() !== "")
  .map(Number);

console.log(
  `# bench:http ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
);
// The machine is shared: its load says how far these numbers are from an idle machine's.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
for (const engine of engines) {
  console.log(`\n${engine}: load average before ${load()}`);
  const report = await runHttpBench({
    engine,
    ...(adminUrl ? { adminUrl } : {}),
    sites: Number(env.BENCH_SITES ?? 3000),
    findings: Number(env.BENCH_FINDINGS ?? 200_000),
    levels,
    probeOnly: env.BENCH_PROBE_ONLY === "1",
    listRequestsPerUser: Number(env.BENCH_LIST_REQUESTS ?? 10),
    overviewsPerUser: Number(env.BENCH_OVERVIEWS ?? 2),
    maxSeconds: Number(env.BENCH_MAX_SECONDS ?? 60),
    poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
    browserRounds: Number(env.BENCH_BROWSER_ROUNDS ?? 5),
    summaryRounds: Number(env.BENCH_SUMMARY_ROUNDS ?? 10),
    log: (line) => console.error(line),
  });
  console.log(`\n${formatReport(report)}\n\n${engine}: load average after ${load()}`);
}
