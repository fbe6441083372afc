import { type CheckResult, FIELD_METHODS } from "@cw/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "../services/audit.ts";

// The field section's rules for the database: which standards a site is checked against, the
// newest check per standard at a site, and a check's row locked for the rest of the transaction.

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

export interface FieldCheckRow {
  id: string;
  standardId: string;
  /** Null for a check a passing verification recorded. */
  inspectionId: string | null;
  result: CheckResult;
  note: string;
  findingId: string | null;
  checkedById: string;
  checkedAt: Date;
}

/** One row per standard: the newest check at the site (or in one inspection there). */
export function latestChecksAtSite(
  prisma: PrismaClient | Tx,
  siteId: string,
  inspectionId: string | undefined,
): Promise<FieldCheckRow[]> {
  const inInspection = inspectionId
    ? Prisma.sql`AND fc."inspectionId" = ${inspectionId}::uuid`
    : Prisma.empty;
  // DISTINCT ON keeps a site visited weekly to one query.
  return prisma.$queryRaw<FieldCheckRow[]>`
    SELECT DISTINCT ON (fc."standardId")
           fc.id, fc."standardId", fc."inspectionId", fc.result::text AS result, fc.note,
           fc."findingId", fc."checkedById", fc."checkedAt"
      FROM field_check fc
     WHERE fc."siteId" = ${siteId}::uuid ${inInspection}
     ORDER BY fc."standardId", fc."checkedAt" DESC, fc.id DESC`;
}

/**
 * The check of one standard at one site in one inspection, locked until the transaction
 * ends: two people recording the same failed check at once queue here, and the second sees
 * the first one's finding instead of raising another.
 */
export async function lockFieldCheck(
  tx: Tx,
  key: { inspectionId: string; siteId: string; standardId: string },
): Promise<FieldCheckRow | null> {
  const [row] = await tx.$queryRaw<FieldCheckRow[]>`
    SELECT id, "standardId", "inspectionId", result::text AS result, note, "findingId",
           "checkedById", "checkedAt"
      FROM field_check
     WHERE "inspectionId" = ${key.inspectionId}::uuid AND "siteId" = ${key.siteId}::uuid
       AND "standardId" = ${key.standardId}::uuid
       FOR UPDATE`;
  return row ?? null;
}
