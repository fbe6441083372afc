import { overdueCriteria } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * The domain's overdue rule (overdueCriteria) translated for the database, once for Prisma
 * filters and once for raw SQL. Every list, count and chart that says "open" or "overdue"
 * uses one of these, so the database does the work through the (status, dueAt) index.
 */
export function openFindingWhere(now: Date): Prisma.FindingWhereInput {
  return { status: { in: [...overdueCriteria(now).statuses] } };
}

export function overdueFindingWhere(now: Date): Prisma.FindingWhereInput {
  const criteria = overdueCriteria(now);
  return { status: { in: [...criteria.statuses] }, dueAt: { lte: criteria.dueAtOnOrBefore } };
}

/** `alias` is a trusted table alias written in code, never user input. */
export function openFindingSql(alias: string, now: Date): Prisma.Sql {
  const statuses = [...overdueCriteria(now).statuses];
  return Prisma.sql`${Prisma.raw(alias)}.status = ANY(${statuses}::text[])`;
}

export function overdueFindingSql(alias: string, now: Date): Prisma.Sql {
  const { statuses, dueAtOnOrBefore } = overdueCriteria(now);
  return Prisma.sql`(${Prisma.raw(alias)}.status = ANY(${[...statuses]}::text[]) AND ${Prisma.raw(alias)}."dueAt" <= ${dueAtOnOrBefore})`;
}
