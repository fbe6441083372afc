// 32 tasks TL-00 … TL-31 spread over every status, deadlines around National Day 2026, two
// units, two site types, one grid, tied found/updated times (the id breaks ties: task i has
// id …0000000000ii) and a pair of findings either side of midnight in Beijing. The tests'
// expectations are literal, worked out by hand from this table (NOW = 12:00 on 30 Sep in
// Beijing; due soon = deadline within 2 working days: 30 Sep, 8 Oct, 9 Oct; unclaimed = assigned
// 24 h or more ago):
//
//  i  status        site unit deadline found  warning     i  status        site unit deadline found  warning
//  0  new           s0   -    -        09-01  -          16  new           s1   -    09-29    09-07  red
//  1  assigned      s0   A    09-20    09-02  red        17  assigned 30h  s1   A    09-30    09-08  yellow
//  2  in_progress   s0   A    09-29    09-03  red        18  in_progress   s2   B    10-08    09-09  blue
//  3  submitted     s1   A    09-30    09-04  blue       19  submitted     s2   B    10-09    09-10  blue
//  4  returned      s1   A    10-08    09-05  yellow     20  returned      s2   B    10-10    09-01  yellow
//  5  partly_fixed  s1   A    10-09    09-06  yellow     21  partly_fixed  s3   A*   10-20    09-02  yellow
//  6  closed        s2   B    10-10    09-07  -          22  closed        s3   B    -        09-03  -
//  7  cancelled     s2   A*   10-20    09-08  -          23  cancelled     s3   B    09-20    09-04  -
//  8  new           s2   -    09-20    09-09  red        24  new           s0   -    09-30    09-05  blue
//  9  assigned 2h   s3   B    09-29    09-10  red        25  assigned 2h   s0   A    10-08    09-06  blue
// 10  in_progress   s3   B    09-30    09-01  blue       26  in_progress   s0   A    10-09    09-07  blue
// 11  submitted     s3   B    10-08    09-02  blue       27  submitted     s1   A    10-10    09-08  -
// 12  returned      s0   A    10-09    09-03  yellow     28  returned      s1   B*   10-20    09-09  yellow
// 13  partly_fixed  s0   A    10-10    09-04  yellow     29  partly_fixed  s1   A    -        09-10  yellow
// 14  closed        s0   B*   10-20    09-05  -          30  closed        s2   B    09-20    09-05† -
// 15  cancelled     s1   A    -        09-06  -          31  cancelled     s2   B    09-29    09-04† -
//
// Sites: s0 东岳农贸市场 (market, unit A, grid), s1 华山客运站 (station, A), s2 Riverside_Market
// 西岳 (market, B, grid), s3 玉泉社区 (station, B). * transferred away from the site's unit.
// Found at 12:00 Beijing time, except † TL-30 at 00:00 on 5 Sep and TL-31 at 23:59:59.999 on
// 4 Sep. Categories cycle public_environment/public_order/infrastructure (i % 3), sources
// routine/unannounced/mock/higher/citizen (i % 5); "Overflowing" when i % 4 = 0; task i was
// updated (i % 6) hours before NOW.
import type { PrismaClient } from "@cw/db";
import { findingRecords, siteRecord, siteTypeRecord, unitRecord } from "@cw/db/testing";
import { FINDING_CATEGORIES, FINDING_SOURCES, type FindingStatus } from "@cw/domain";

/** 12:00 in Beijing on Wednesday 30 September 2026, the eve of the National Day holiday. */
export const NOW = new Date("2026-09-30T04:00:00Z");
const HOUR = 3_600_000;

/** The table above's states, written out so a new state in the domain does not reshuffle it. */
const FIXTURE_STATUSES: readonly FindingStatus[] = [
  "new",
  "assigned",
  "in_progress",
  "submitted",
  "returned",
  "partly_fixed",
  "closed",
  "cancelled",
];

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

export interface TaskListFixture {
  unitA: string;
  unitB: string;
  market: string;
  gridId: string;
  station: string;
  /** s0 … s3 in the table above. */
  siteIds: string[];
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

  const rows = Array.from({ length: 32 }, (_, i) => {
    const status = FIXTURE_STATUSES[i % 8] as FindingStatus;
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
    const task = {
      ...r.task,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      updatedAt: new Date(NOW.getTime() - (i % 6) * HOUR),
    };
    return { finding: r.finding, task };
  });
  await prisma.finding.createMany({ data: rows.map((r) => r.finding) });
  await prisma.rectificationTask.createMany({ data: rows.map((r) => r.task) });
  return { unitA, unitB, market, station, gridId, siteIds: sites.map((s) => s.id) };
}
