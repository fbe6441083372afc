import {
  type Actor,
  APPLICABLE_RESULTS,
  endOfShanghaiDay,
  PASSED_RESULT,
  type ScoreGroup,
  type ScoreRateRow,
  type ScoreRatesInput,
  scoreRate,
  startOfShanghaiDay,
} from "@cw/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";

/** Per grouping: the key and name columns, and the join that brings them in (trusted SQL). */
const GROUPS: Record<ScoreGroup, { key: Prisma.Sql; name: Prisma.Sql; join: Prisma.Sql }> = {
  site: { key: Prisma.sql`si.id::text`, name: Prisma.sql`si.name`, join: Prisma.empty },
  site_type: {
    key: Prisma.sql`st.id::text`,
    name: Prisma.sql`st.name`,
    join: Prisma.sql`JOIN site_type st ON st.id = si."siteTypeId"`,
  },
  unit: {
    key: Prisma.sql`u.id::text`,
    name: Prisma.sql`u.name`,
    join: Prisma.sql`JOIN responsible_unit u ON u.id = si."responsibleUnitId"`,
  },
  // Sites outside any grid form one group with a null key rather than vanishing.
  grid: {
    key: Prisma.sql`g.id::text`,
    name: Prisma.sql`g.name`,
    join: Prisma.sql`LEFT JOIN grid g ON g.id = si."gridId"`,
  },
  standard: {
    key: Prisma.sql`s.id::text`,
    name: Prisma.sql`s.code || ' ' || s.text`,
    join: Prisma.empty,
  },
};

interface Row {
  key: string | null;
  name: string | null;
  passed: number;
  applicable: number;
  checks: number;
}

/**
 * Field score rates, aggregated by the database: for each site × standard only the latest
 * check in the period counts (DISTINCT ON), weighted by the standard's points; retired
 * standards no longer score. Only one row per group leaves the database; the rate itself is
 * the domain's rule (`scoreRate`).
 */
export function readFieldScoreRates(
  ctx: ServiceContext<Actor>,
  input: ScoreRatesInput,
): Promise<ScoreRateRow[]> {
  return loadFieldScoreRates(ctx.prisma, input);
}

export async function loadFieldScoreRates(
  prisma: PrismaClient,
  input: ScoreRatesInput,
): Promise<ScoreRateRow[]> {
  const group = GROUPS[input.groupBy];
  const filters: Prisma.Sql[] = [Prisma.sql`s."retiredAt" IS NULL`];
  if (input.systemId) filters.push(Prisma.sql`s."systemId" = ${input.systemId}::uuid`);
  // Inclusive calendar dates in Beijing time: [from 00:00, the day after `to` 00:00).
  if (input.from) filters.push(Prisma.sql`fc."checkedAt" >= ${startOfShanghaiDay(input.from)}`);
  if (input.to) {
    filters.push(Prisma.sql`fc."checkedAt" < ${endOfShanghaiDay(input.to)}`);
  }
  const rows = await prisma.$queryRaw<Row[]>`
    WITH latest AS (
      SELECT DISTINCT ON (fc."siteId", fc."standardId") fc."siteId", fc."standardId", fc.result
        FROM field_check fc
        JOIN assessment_standard s ON s.id = fc."standardId"
       WHERE ${Prisma.join(filters, " AND ")}
       ORDER BY fc."siteId", fc."standardId", fc."checkedAt" DESC, fc.id DESC
    )
    SELECT ${group.key} AS key, ${group.name} AS name,
           coalesce(sum(s.points) FILTER (WHERE l.result = ${PASSED_RESULT}::check_result), 0)::float8
             AS passed,
           coalesce(sum(s.points) FILTER (WHERE l.result = ANY(${[...APPLICABLE_RESULTS]}::text[]::check_result[])), 0)::float8
             AS applicable,
           count(*)::int AS checks
      FROM latest l
      JOIN assessment_standard s ON s.id = l."standardId"
      JOIN site si ON si.id = l."siteId"
      ${group.join}
     GROUP BY 1, 2
     ORDER BY 2 NULLS LAST, 1`;
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    passedPoints: row.passed,
    applicablePoints: row.applicable,
    rate: scoreRate(row.passed, row.applicable),
    checks: row.checks,
  }));
}
