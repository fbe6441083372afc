// City-scale benchmark: 3,000 sites, 200,000 findings with their tasks, then times the
// queries behind the overview, the task list and counts. Run: npm run bench:scale
// (PostgreSQL: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres; without it,
// an in-memory PGlite). The benchmark database is created and dropped by the script.
import { randomUUID } from "node:crypto";
import { type Actor, addCalendarDays, FINDING_STATUSES, shanghaiDate } from "@cw/domain";
import {
  findingRecords,
  siteRecord,
  siteTypeRecord,
  unitRecord,
} from "../src/factories/records.ts";
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
import { createTestDatabase } from "../src/testing/test-database.ts";

const SITES = Number(process.env.BENCH_SITES ?? 3000);
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 200_000);
const kind = process.env.BENCH_DATABASE_URL ? "postgres" : "pglite";
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

const now = new Date();
const today = shanghaiDate(now);
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;

const db = await createTestDatabase(kind);
try {
  const started = Date.now();
  const units = Array.from({ length: 60 }, (_, i) =>
    unitRecord({ code: `BU${i}`, name: `单位${i}` }),
  );
  const types = Array.from({ length: 45 }, (_, i) =>
    siteTypeRecord({ code: `bt${i}`, name: `类型${i}` }),
  );
  const sites = Array.from({ length: SITES }, (_, i) =>
    siteRecord(
      { siteTypeId: pick(types).id, responsibleUnitId: pick(units).id },
      { code: `BS${i}`, name: `点位${i}` },
    ),
  );
  await db.prisma.responsibleUnit.createMany({ data: units });
  await db.prisma.siteType.createMany({ data: types });
  await db.prisma.site.createMany({ data: sites });
  const categories = [
    "public_environment",
    "public_order",
    "infrastructure",
    "public_service_ads",
    "civic_behaviour",
    "service_quality",
  ];
  for (let done = 0; done < FINDINGS; done += 5000) {
    const batch = Array.from({ length: Math.min(5000, FINDINGS - done) }, (_, i) => {
      const site = pick(sites);
      const age = Math.floor(rand() * 1000); // three years of findings
      const status = pick(FINDING_STATUSES);
      const found = addCalendarDays(today, -age);
      return findingRecords({
        code: `BF${done + i}`,
        siteId: site.id,
        status,
        category: pick(categories),
        unitId: status === "new" ? null : site.responsibleUnitId,
        foundAt: new Date(`${found}T02:00:00Z`),
        deadline: status === "new" ? null : addCalendarDays(found, 5 + Math.floor(rand() * 20)),
        closedAt:
          status === "closed" || status === "cancelled"
            ? new Date(`${addCalendarDays(found, Math.floor(rand() * 30))}T03:00:00Z`)
            : null,
      });
    });
    await db.prisma.$transaction(
      async (tx) => {
        await tx.finding.createMany({ data: batch.map((b) => b.finding) });
        await tx.rectificationTask.createMany({ data: batch.map((b) => b.task) });
      },
      { timeout: 120_000 },
    );
  }
  await db.prisma.$executeRawUnsafe("ANALYZE");
  console.log(
    `${kind}: loaded ${SITES} sites and ${FINDINGS} findings in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  // Each read loads the settings and calendar itself, as it does for a request.
  const as = (actor: Actor) => serviceContext(db.prisma, actor, { now });
  const coordinator = as({ id: randomUUID(), role: "coordinator", unitId: null, displayName: "" });
  const officer = as({
    id: randomUUID(),
    role: "unit_officer",
    unitId: units[0]?.id ?? randomUUID(),
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
