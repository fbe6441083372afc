import { findingRecord, siteRecord, siteTypeRecord, unitRecord } from "../factories/records.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { demoFindings } from "./demo-findings.ts";
import { DEMO_SITE_TYPES, DEMO_SITES, DEMO_UNITS } from "./huayin-city.ts";

export interface DemoLoadResult {
  loaded: boolean;
  units: number;
  sites: number;
  findings: number;
}

/**
 * Loads the demo city into an empty database, in one transaction. A database that already
 * holds any responsible unit is left exactly as it is, so restarts neither duplicate nor wipe.
 */
export async function loadDemoData(prisma: PrismaClient, now: Date): Promise<DemoLoadResult> {
  if ((await prisma.responsibleUnit.count()) > 0) {
    return { loaded: false, units: 0, sites: 0, findings: 0 };
  }
  const units = DEMO_UNITS.map((u) => unitRecord({ ...u }));
  const types = DEMO_SITE_TYPES.map((t, i) => siteTypeRecord({ ...t, sortOrder: i }));
  const unitId = new Map(units.map((u) => [u.code, u.id]));
  const typeId = new Map(types.map((t) => [t.code, t.id]));
  const sites = DEMO_SITES.map((s) =>
    siteRecord(
      { siteTypeId: typeId.get(s.type) as string, responsibleUnitId: unitId.get(s.unit) as string },
      { code: s.code, name: s.name, address: s.address, latitude: s.lat, longitude: s.lng },
    ),
  );
  const siteId = new Map(sites.map((s) => [s.code, s.id]));
  const findings = demoFindings(now).map((f) =>
    findingRecord({ ...f, siteId: siteId.get(f.siteCode) as string }),
  );
  await prisma.$transaction([
    prisma.responsibleUnit.createMany({ data: units }),
    prisma.siteType.createMany({ data: types }),
    prisma.site.createMany({ data: sites }),
    prisma.finding.createMany({ data: findings }),
  ]);
  return { loaded: true, units: units.length, sites: sites.length, findings: findings.length };
}
