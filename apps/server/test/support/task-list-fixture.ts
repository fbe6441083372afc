// ~30 tasks spread over every status, deadlines around National Day 2026, two units, two
// site types, one grid, tied found/updated times (to exercise the id tie-break) and a pair of
// findings either side of midnight in Beijing. Tests compute their expectations from these
// plain records with the domain's own predicates.
import type { PrismaClient } from "@cw/db";
import { findingRecords, siteRecord, siteTypeRecord, unitRecord } from "@cw/db/testing";
import {
  FINDING_CATEGORIES,
  FINDING_SOURCES,
  FINDING_STATUSES,
  type FindingStatus,
} from "@cw/domain";

/** 12:00 in Beijing on Wednesday 30 September 2026, the eve of the National Day holiday. */
export const NOW = new Date("2026-09-30T04:00:00Z");
const HOUR = 3_600_000;

const DEADLINES = [
  null,
  "2026-09-20", // long overdue
  "2026-09-29", // overdue since 00:00 today
  "2026-09-30", // today: due soon, not yet overdue
  "2026-10-08", // first working day after the holiday
  "2026-10-09", // second working day: the last one in the 2-day window
  "2026-10-10", // a make-up working Saturday: third working day, outside the window
  "2026-10-20",
];

export interface FixtureTask {
  id: string;
  code: string;
  status: FindingStatus;
  unitId: string | null;
  siteId: string;
  siteTypeId: string;
  gridId: string | null;
  siteName: string;
  category: string;
  source: string;
  description: string;
  foundAt: Date;
  dueAt: Date | null;
  assignedAt: Date | null;
  updatedAt: Date;
}

export interface TaskListFixture {
  unitA: string;
  unitB: string;
  market: string;
  gridId: string;
  siteIds: string[];
  tasks: FixtureTask[];
}

export async function seedTaskList(prisma: PrismaClient): Promise<TaskListFixture> {
  const units = [unitRecord({ name: "城管局" }), unitRecord({ name: "太华路街道办" })];
  const types = [siteTypeRecord({ name: "农贸市场" }), siteTypeRecord({ name: "长途汽车站" })];
  const [unitA, unitB] = units.map((u) => u.id) as [string, string];
  const [market, station] = types.map((t) => t.id) as [string, string];
  const gridId = crypto.randomUUID();
  const sites = [
    siteRecord({ siteTypeId: market, responsibleUnitId: unitA }, { name: "东岳农贸市场", gridId }),
    siteRecord({ siteTypeId: station, responsibleUnitId: unitA }, { name: "华山客运站" }),
    siteRecord(
      { siteTypeId: market, responsibleUnitId: unitB },
      { name: "Riverside_Market 西岳", gridId },
    ),
    siteRecord({ siteTypeId: station, responsibleUnitId: unitB }, { name: "玉泉社区" }),
  ];
  await prisma.responsibleUnit.createMany({ data: units });
  await prisma.siteType.createMany({ data: types });
  await prisma.grid.create({
    data: { id: gridId, code: `G${gridId.slice(0, 8)}`, name: "一网格" },
  });
  await prisma.site.createMany({ data: sites });

  const tasks: FixtureTask[] = [];
  const rows = Array.from({ length: 32 }, (_, i) => {
    const status = FINDING_STATUSES[i % 8] as FindingStatus;
    const site = sites[Math.floor(i / 3) % 4] as (typeof sites)[number];
    // Every 7th dispatched task was transferred away from the site's own unit.
    const other = site.responsibleUnitId === unitA ? unitB : unitA;
    const unitId = status === "new" ? null : i % 7 === 0 ? other : site.responsibleUnitId;
    const foundAt =
      i === 30
        ? new Date("2026-09-04T16:00:00.000Z") // 00:00 on 5 Sep in Beijing
        : i === 31
          ? new Date("2026-09-04T15:59:59.999Z") // still 4 Sep in Beijing
          : new Date(Date.UTC(2026, 8, 1 + (i % 10), 4));
    // Half the assigned tasks were dispatched 30 h ago (unclaimed), half 2 h ago.
    const assignedAt =
      status === "assigned" ? new Date(NOW.getTime() - (i % 16 < 8 ? 30 : 2) * HOUR) : undefined;
    const r = findingRecords({
      siteId: site.id,
      status,
      unitId,
      code: `TL-${String(i).padStart(2, "0")}`,
      category: FINDING_CATEGORIES[i % 3],
      source: FINDING_SOURCES[i % 5],
      description: i % 4 === 0 ? "垃圾桶满溢 Overflowing bin" : "公益广告破损",
      foundAt,
      deadline: DEADLINES[(i + Math.floor(i / 8)) % 8] ?? null,
      ...(assignedAt ? { assignedAt } : {}),
    });
    const task = { ...r.task, updatedAt: new Date(NOW.getTime() - (i % 6) * HOUR) };
    tasks.push({
      id: task.id,
      code: r.finding.code,
      status,
      unitId,
      siteId: site.id,
      siteTypeId: site.siteTypeId,
      gridId: site.gridId ?? null,
      siteName: site.name,
      category: r.finding.category,
      source: r.finding.source ?? "routine_inspection",
      description: r.finding.description,
      foundAt,
      dueAt: (task.dueAt as Date | null) ?? null,
      assignedAt: (task.assignedAt as Date | null) ?? null,
      updatedAt: task.updatedAt,
    });
    return { finding: r.finding, task };
  });
  await prisma.finding.createMany({ data: rows.map((r) => r.finding) });
  await prisma.rectificationTask.createMany({ data: rows.map((r) => r.task) });
  return { unitA, unitB, market, gridId, siteIds: sites.map((s) => s.id), tasks };
}
