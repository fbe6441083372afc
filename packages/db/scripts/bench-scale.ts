// City-scale benchmark: 3,000 sites, 200,000 findings with their tasks, then times the
// queries behind the overview, the task list and counts. Run: npm run bench:scale
// (PostgreSQL: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres; without it,
// an in-memory PGlite). The benchmark database is created and dropped by the script.
import { DEFAULT_SETTINGS, shanghaiDate, workingCalendar } from "@cw/domain";
import {
  countTasks,
  listTasks,
  readFindingBreakdown,
  readOverdueAging,
  readOverviewTiles,
  readUnitRanking,
  readWeeklyFlow,
} from "../src/index.ts";
import { loadCityScale } from "../src/testing/city-scale.ts";
import { createTestDatabase } from "../src/testing/test-database.ts";

const SITES = Number(process.env.BENCH_SITES ?? 3000);
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 200_000);
const kind = process.env.BENCH_DATABASE_URL ? "postgres" : "pglite";
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

const now = new Date();

const db = await createTestDatabase(kind);
try {
  // Set-based (INSERT … SELECT generate_series): seconds, where batches of createMany took minutes.
  const load = await loadCityScale(db, {
    sites: SITES,
    findings: FINDINGS,
    today: shanghaiDate(now),
  });
  console.log(
    `${kind}: loaded ${SITES} sites and ${FINDINGS} findings in ${(load.milliseconds / 1000).toFixed(1)} s`,
  );
  const unit = await db.prisma.responsibleUnit.findFirstOrThrow({ orderBy: { code: "asc" } });

  const calendar = workingCalendar();
  const settings = DEFAULT_SETTINGS;
  const coordinator = { role: "coordinator" as const, unitId: null };
  const officer = { role: "unit_officer" as const, unitId: unit.id };
  const listInput = (extra: object) => ({ sort: "found_desc" as const, limit: 50, ...extra });
  const cases: [string, () => Promise<unknown>][] = [
    ["overview tiles", () => readOverviewTiles(db.prisma, {}, now)],
    ["overview weekly opened/closed", () => readWeeklyFlow(db.prisma, {}, now)],
    ["overview overdue aging", () => readOverdueAging(db.prisma, {}, now)],
    ["overview unit ranking", () => readUnitRanking(db.prisma, {}, now, 5)],
    ["overview by site type / category", () => readFindingBreakdown(db.prisma, {}, now)],
    [
      "tasks.list overdue, first page",
      () =>
        listTasks(
          db.prisma,
          listInput({ timing: "overdue" }),
          coordinator,
          now,
          settings,
          calendar,
        ),
    ],
    [
      "tasks.list due soon",
      () =>
        listTasks(
          db.prisma,
          listInput({ timing: "due_soon", sort: "due_asc" }),
          coordinator,
          now,
          settings,
          calendar,
        ),
    ],
    [
      "tasks.list unit officer, text search",
      () => listTasks(db.prisma, listInput({ text: "点位12" }), officer, now, settings, calendar),
    ],
    [
      "tasks.count overdue",
      () => countTasks(db.prisma, { timing: "overdue" }, coordinator, now, settings, calendar),
    ],
    [
      "tasks.count warning yellow",
      () => countTasks(db.prisma, { warning: "yellow" }, coordinator, now, settings, calendar),
    ],
  ];
  console.log("query | median ms (5 runs) | max ms");
  for (const [name, run] of cases) {
    await run(); // warm
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${name} | ${times[2]?.toFixed(1)} | ${times[4]?.toFixed(1)}`);
  }
} finally {
  await db.destroy();
}
