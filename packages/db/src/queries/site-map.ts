import type { Actor, SiteMapInput, SiteMapPoint } from "@cw/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import { openTaskWhere, warningTaskWhere } from "./task-filters.ts";
import { loadTimingContext } from "./task-list-where.ts";

const LEVELS = ["red", "yellow", "blue"] as const;

/**
 * Every active site with its open tasks counted per warning colour, for the site map. The
 * counts are grouped in the database with the same warning filters as the task list, so a
 * site's colour and the list its click opens (tasks?siteId=…&warning=…) always agree.
 */
export async function readSiteMap(
  ctx: ServiceContext<Actor>,
  input: SiteMapInput,
): Promise<SiteMapPoint[]> {
  const { prisma } = ctx;
  const timing = await loadTimingContext(prisma, ctx.now);
  const siteWhere: Prisma.SiteWhereInput = {
    active: true,
    ...(input.unitId ? { responsibleUnitId: input.unitId } : {}),
    ...(input.siteTypeId ? { siteTypeId: input.siteTypeId } : {}),
  };
  const countBy = async (task: Prisma.RectificationTaskWhereInput) => {
    const rows = await prisma.finding.groupBy({
      by: ["siteId"],
      where: { site: siteWhere, task: { is: task } },
      _count: { _all: true },
    });
    return new Map(rows.map((r) => [r.siteId, r._count._all]));
  };
  const [sites, open, ...levels] = await Promise.all([
    prisma.site.findMany({
      where: siteWhere,
      orderBy: { code: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        latitude: true,
        longitude: true,
        siteTypeId: true,
        siteType: { select: { name: true } },
        responsibleUnitId: true,
        responsibleUnit: { select: { name: true } },
      },
    }),
    countBy(openTaskWhere),
    ...LEVELS.map((level) =>
      countBy(warningTaskWhere(level, timing.now, timing.dueSoon, timing.unclaimed)),
    ),
  ]);
  return sites.map((site) => {
    const [red, yellow, blue] = levels.map((counts) => counts.get(site.id) ?? 0) as [
      number,
      number,
      number,
    ];
    // Worst first: red (overdue) over yellow (behind) over blue (due soon).
    const worst = red ? "red" : yellow ? "yellow" : blue ? "blue" : null;
    return {
      id: site.id,
      code: site.code,
      name: site.name,
      latitude: Number(site.latitude),
      longitude: Number(site.longitude),
      siteTypeId: site.siteTypeId,
      siteTypeName: site.siteType.name,
      unitId: site.responsibleUnitId,
      unitName: site.responsibleUnit.name,
      open: open.get(site.id) ?? 0,
      red,
      yellow,
      blue,
      worst,
    };
  });
}
