import {
  type Checklist,
  type ChecklistInput,
  type CheckResult,
  FIELD_METHODS,
  type Method,
  notFound,
} from "@cw/domain";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";

/**
 * The standards a site is checked against: live standards of active systems, assessed on
 * site, that name the site's type. One definition for the checklist and for validating
 * recorded checks, so an inspector can only record what the checklist showed.
 */
export function fieldStandardsWhere(siteTypeId: string): Prisma.AssessmentStandardWhereInput {
  return {
    retiredAt: null,
    methods: { hasSome: [...FIELD_METHODS] },
    siteTypes: { some: { siteTypeId } },
    system: { active: true },
  };
}

interface LatestRow {
  id: string;
  standardId: string;
  inspectionId: string;
  result: string;
  note: string;
  findingId: string | null;
  checkedById: string;
  checkedAt: Date;
}

/** A site's checklist with each standard's latest result there (or in one inspection). */
export async function readChecklist(
  prisma: PrismaClient,
  input: ChecklistInput,
): Promise<Checklist> {
  const site = await prisma.site.findUnique({
    where: { id: input.siteId },
    select: { id: true, name: true, siteTypeId: true, siteType: { select: { name: true } } },
  });
  if (!site) throw notFound("site", input.siteId);
  const inInspection = input.inspectionId
    ? Prisma.sql`AND fc."inspectionId" = ${input.inspectionId}::uuid`
    : Prisma.empty;
  const [standards, latest] = await Promise.all([
    prisma.assessmentStandard.findMany({
      where: fieldStandardsWhere(site.siteTypeId),
      orderBy: [{ system: { kind: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
      include: { system: { select: { name: true } } },
    }),
    // One row per standard: the newest check, so a site visited weekly stays one query.
    prisma.$queryRaw<LatestRow[]>`
      SELECT DISTINCT ON (fc."standardId")
             fc.id, fc."standardId", fc."inspectionId", fc.result, fc.note, fc."findingId",
             fc."checkedById", fc."checkedAt"
        FROM field_check fc
       WHERE fc."siteId" = ${site.id}::uuid ${inInspection}
       ORDER BY fc."standardId", fc."checkedAt" DESC, fc.id DESC`,
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
        methods: s.methods as Method[],
        negativeList: s.negativeList,
        latest: check
          ? {
              checkId: check.id,
              inspectionId: check.inspectionId,
              result: check.result as CheckResult,
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
