// npm run bench:http at a tiny scale, so the benchmark cannot rot: the real server process,
// autocannon and the lean SQL, every scenario checked to return the same rows as its lean
// SQL (it throws otherwise), and the summaries' numbers checked against the recount.
import { describe, expect, it } from "vitest";
import { runHttpBench } from "../bench/http-bench.ts";

describe("the HTTP benchmark at a small scale", () => {
  it("loads a city, serves it, and measures every scenario next to its lean SQL", async () => {
    const lines: string[] = [];
    const report = await runHttpBench({
      engine: "pglite",
      sites: 30,
      findings: 600,
      levels: [1, 2],
      listRequestsPerUser: 1,
      overviewsPerUser: 1,
      maxSeconds: 10,
      poolSize: 4,
      browserRounds: 0,
      summaryRounds: 2,
      log: (line) => lines.push(line),
    });
    expect(report.load).toMatchObject({ sites: 30, findings: 600 });
    expect(report.rows.map((r) => [r.what, r.users])).toEqual([
      ["task list, first page of 50", 1],
      ["task list, first page of 50", 2],
      ["task list, page 12 by cursor", 1],
      ["task list, page 12 by cursor", 2],
      ['task list, text search "点位12"', 1],
      ['task list, text search "点位12"', 2],
      ["overview, the five charts in one batch", 1],
      ["overview, the five charts in one batch", 2],
      ["overview (while probed)", 2],
    ]);
    for (const row of report.rows) {
      expect(row.app.errors, row.what).toBe(0);
      expect(row.app.count, row.what).toBeGreaterThan(0);
      expect(Number.isFinite(row.app.p95), row.what).toBe(true);
      expect(row.rssMb, row.what).toBeGreaterThan(20);
      if (row.lean) expect(row.ratio, row.what).toBeGreaterThan(0);
    }
    expect(report.probes.map((p) => p.what)).toEqual(["static file (/)", "auth.me"]);
    expect(report.summaries.map((s) => s.what)).toEqual([
      "the task rows (lean SQL recount)",
      "the summary tables",
    ]);
    expect(lines.length).toBeGreaterThan(5);
  }, 180_000);
});
