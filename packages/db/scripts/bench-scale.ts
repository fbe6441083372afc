// City-scale benchmark: 3,000 sites, 200,000 findings with their tasks, then times the
// queries behind the overview, the task list and counts. Run: npm run bench:scale
// (PostgreSQL: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres; without it,
// an in-memory PGlite). The benchmark database is created and dropped by the script.
import { randomUUID } from "node:crypto";
import { type Actor, shanghaiDate } from "@cw/domain";
import {
  countTasks,
  listTasks,
  readFindingBreakdown,
  readOverdueAging,
  readOverviewTiles,
  readUnitRanking,
  readWeeklyFlow,
  serviceContext,
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

  // Each read loads the settings and calendar itself, as it does for a request.
  const as = (actor: Actor) => serviceContext(db.prisma, actor, { now });
  const coordinator = as({ id: randomUUID(), role: "coordinator", unitId: null, displayName: "" });
  const officer = as({
    id: randomUUID(),
    role: "unit_officer",
    unitId: unit.id,
    displayName: "",
  });
  const listInput = (extra: object) => ({ sort: "found_desc" as const, limit: 50, ...extra });
  const cases: [string, () => Promise<unknown>][] = [
    ["overview tiles", () => readOverviewTiles(coordinator, {})],
    ["overview weekly opened/closed", () => readWeeklyFlow(coordinator, {})],
    ["overview overdue aging", () => readOverdueAging(coordinator, {})],
    ["overview unit ranking", () => readUnitRanking(coordinator, {})],
    ["overview by site type / category", () => readFindingBreakdown(coordinator, {})],
    [
      "tasks.list overdue, first page",
      () => listTasks(coordinator, listInput({ timing: "overdue" })),
    ],
    [
      "tasks.list due soon",
      () => listTasks(coordinator, listInput({ timing: "due_soon", sort: "due_asc" })),
    ],
    [
      "tasks.list unit officer, text search",
      () => listTasks(officer, listInput({ text: "点位12" })),
    ],
    ["tasks.count overdue", () => countTasks(coordinator, { timing: "overdue" })],
    ["tasks.count warning yellow", () => countTasks(coordinator, { warning: "yellow" })],
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
