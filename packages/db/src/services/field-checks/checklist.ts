import { type Actor, type Checklist, type ChecklistInput, notFound } from "@cw/domain";
import { methodsColumn } from "../../methods-column.ts";
import { fieldStandardsWhere, latestChecksAtSite } from "../../queries/field-checks.ts";
import type { ServiceContext } from "../service-context.ts";

/** A site's checklist with each standard's latest result there (or in one inspection). */
export async function getChecklist(
  ctx: ServiceContext<Actor>,
  input: ChecklistInput,
): Promise<Checklist> {
  const { prisma } = ctx;
  const site = await prisma.site.findUnique({
    where: { id: input.siteId },
    select: { id: true, name: true, siteTypeId: true, siteType: { select: { name: true } } },
  });
  if (!site) throw notFound("site", input.siteId);
  const [standards, latest] = await Promise.all([
    prisma.assessmentStandard.findMany({
      where: fieldStandardsWhere(site.siteTypeId),
      orderBy: [{ system: { kind: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
      select: {
        id: true,
        systemId: true,
        code: true,
        text: true,
        points: true,
        methods: true,
        negativeList: true,
        system: { select: { name: true } },
      },
    }),
    latestChecksAtSite(prisma, site.id, input.inspectionId),
  ]);
  const byStandard = new Map(latest.map((row) => [row.standardId, row]));
  return {
    site: {
      id: site.id,
      name: site.name,
      siteTypeId: site.siteTypeId,
      siteTypeName: site.siteType.name,
    },
    items: standards.map((s) => {
      const check = byStandard.get(s.id);
      return {
        standardId: s.id,
        systemId: s.systemId,
        systemName: s.system.name,
        code: s.code,
        text: s.text,
        points: Number(s.points),
        methods: methodsColumn(s.methods),
        negativeList: s.negativeList,
        latest: check
          ? {
              checkId: check.id,
              inspectionId: check.inspectionId,
              result: check.result,
              note: check.note,
              findingId: check.findingId,
              checkedById: check.checkedById,
              checkedAt: check.checkedAt,
            }
          : null,
      };
    }),
  };
}
