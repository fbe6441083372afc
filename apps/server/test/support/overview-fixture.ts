// A hand-built city for the leader overview: three units, two site types, one grid and 16
// tasks whose every date was chosen so the expected numbers can be worked out on paper (see
// overview-dashboard.test.ts). Times are written in Beijing time (UTC+8).
import type { PrismaClient } from "@cw/db";
import { findingRecords, siteRecord, siteTypeRecord, unitRecord } from "@cw/db/testing";
import type { FindingStatus } from "@cw/domain";

/** Friday 20 November 2026, 12:00 in Beijing. */
export const NOW = new Date("2026-11-20T04:00:00Z");

type Unit = "A" | "B" | "C" | null;
type SiteKey = "s1" | "s2" | "s3";
const CATEGORY = {
  env: "public_environment",
  order: "public_order",
  infra: "infrastructure",
  ads: "public_service_ads",
  civic: "civic_behaviour",
} as const;
/** name, unit, site, status, category, found (Beijing time), deadline, closed (Beijing time) */
type Row = [
  string,
  Unit,
  SiteKey,
  FindingStatus,
  keyof typeof CATEGORY,
  string,
  string | null,
  string?,
];

/** "11-05 23:59:59.999" in Beijing, in 2026. */
export const bj = (time: string) => new Date(`2026-${time.replace(" ", "T")}+08:00`);

// Sites: s1 = market in grid G1 (unit A's), s2 = station (B's), s3 = market (C's).
// dN = days overdue at NOW: 20 Nov − deadline (overdue from 00:00 after the deadline day).
export const ROWS: Row[] = [
  ["A1", "A", "s1", "in_progress", "env", "11-10 10:00", "11-19"], // d1
  ["A2", "A", "s1", "assigned", "order", "11-09 10:00", "11-17"], // d3
  ["A3", "A", "s1", "closed", "env", "11-02 10:00", "11-10", "11-08 10:00"], // on time, 6 days
  // Closed in the last millisecond of its deadline day: on time; 8 d 13 h 59 m 59.999 s.
  ["A4", "A", "s1", "closed", "order", "10-28 10:00", "11-05", "11-05 23:59:59.999"],
  // Closed at 00:00 the day after its deadline (= dueAt): late; 5.5 days.
  ["A5", "A", "s1", "closed", "infra", "10-27 12:00", "11-01", "11-02 00:00"],
  ["A6", "A", "s1", "in_progress", "env", "11-16 10:00", "11-25"], // not yet due
  ["B1", "B", "s2", "returned", "infra", "11-03 10:00", "11-16"], // d4
  ["B2", "B", "s2", "submitted", "infra", "11-02 10:00", "11-13"], // d7
  // Found in the last millisecond of 31 Oct: outside a period that starts on 1 Nov.
  ["B3", "B", "s2", "partly_fixed", "env", "10-31 23:59:59.999", "11-12"], // d8
  ["B4", "B", "s2", "in_progress", "ads", "10-20 10:00", "11-05"], // d15
  ["B5", "B", "s2", "closed", "order", "10-28 10:00", "11-03", "11-02 10:00"], // on time, 5 days
  ["C1", "C", "s3", "closed", "order", "11-04 10:00", "11-12", "11-11 10:00"], // on time, 7 days
  // Found at 00:00 on 1 Nov: inside a period that starts on 1 Nov.
  ["C2", "C", "s3", "in_progress", "order", "11-01 00:00", "11-06"], // d14
  ["N1", null, "s1", "new", "infra", "11-18 10:00", null],
  // Fixed on the spot in 30 minutes, no deadline: closed, but not judged for on time.
  ["N2", null, "s2", "closed", "civic", "11-17 10:00", null, "11-17 10:30"],
  // A duplicate found at 00:00 on Monday 16 Nov (still Sunday in UTC): not a closure.
  ["N3", null, "s3", "cancelled", "civic", "11-16 00:00", null, "11-16 10:00"],
];

export interface OverviewFixture {
  units: Record<"A" | "B" | "C", string>;
  market: string;
  station: string;
  gridId: string;
  taskIds: Record<string, string>;
}

export async function seedOverview(prisma: PrismaClient): Promise<OverviewFixture> {
  const unitA = unitRecord({ name: "城管局" });
  const unitB = unitRecord({ name: "交通运输局" });
  const unitC = unitRecord({ name: "文旅局" });
  const market = siteTypeRecord({ code: "market", name: "农贸市场", sortOrder: 1 });
  const station = siteTypeRecord({ code: "station", name: "长途汽车站", sortOrder: 2 });
  const gridId = crypto.randomUUID();
  const sites = {
    s1: siteRecord({ siteTypeId: market.id, responsibleUnitId: unitA.id }, { gridId }),
    s2: siteRecord({ siteTypeId: station.id, responsibleUnitId: unitB.id }),
    s3: siteRecord({ siteTypeId: market.id, responsibleUnitId: unitC.id }),
  };
  await prisma.responsibleUnit.createMany({ data: [unitA, unitB, unitC] });
  await prisma.siteType.createMany({ data: [market, station] });
  await prisma.grid.create({
    data: { id: gridId, code: `G${gridId.slice(0, 8)}`, name: "一网格" },
  });
  await prisma.site.createMany({ data: Object.values(sites) });
  const units = { A: unitA.id, B: unitB.id, C: unitC.id };
  const taskIds: Record<string, string> = {};
  const records = ROWS.map(([name, unit, site, status, category, found, deadline, closed]) => {
    const r = findingRecords({
      siteId: sites[site].id,
      status,
      unitId: unit ? units[unit] : null,
      category: CATEGORY[category],
      foundAt: bj(found),
      deadline: deadline ? `2026-${deadline}` : null,
      closedAt: closed ? bj(closed) : null,
      code: name,
    });
    taskIds[name] = r.task.id;
    return r;
  });
  await prisma.finding.createMany({ data: records.map((r) => r.finding) });
  await prisma.rectificationTask.createMany({ data: records.map((r) => r.task) });
  return { units, market: market.id, station: station.id, gridId, taskIds };
}
