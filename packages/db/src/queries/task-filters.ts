import {
  BEHIND_STATUSES,
  CLOSED_ON_TIME,
  CLOSED_STATUS,
  type DueSoonCriteria,
  type FindingStatus,
  judgedForOnTimeCriteria,
  OPEN_FINDING_STATUSES,
  type OverdueCriteria,
  overdueCriteria,
  type UnclaimedCriteria,
} from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * The domain's task rules (packages/domain/src/overdue.ts, overview-rules.ts) translated for
 * the database — once as Prisma filters and once as raw SQL. Every list, count and chart that
 * says open, overdue, due soon, unclaimed, closed on time, judged, days to close or names a
 * warning colour uses these, so the database does the work through the (status, dueAt)
 * indexes and never ships rows to JavaScript to decide.
 */
export const openTaskWhere: Prisma.RectificationTaskWhereInput = {
  status: { in: [...OPEN_FINDING_STATUSES] },
};

// `not: null` repeats what `lte` already implies, on purpose: warningTaskWhere negates these
// (NOT red, NOT yellow), and in SQL NOT(… AND NULL) is NULL, which would silently drop a
// task without a deadline (or assignment time) that the in-memory predicates count.
export function overdueTaskWhere(now: Date): Prisma.RectificationTaskWhereInput {
  const c = overdueCriteria(now);
  return { status: { in: [...c.statuses] }, dueAt: { not: null, lte: c.dueAtOnOrBefore } };
}

export function dueSoonTaskWhere(c: DueSoonCriteria): Prisma.RectificationTaskWhereInput {
  return { status: { in: [...c.statuses] }, dueAt: { gt: c.dueAtAfter, lte: c.dueAtOnOrBefore } };
}

export function unclaimedTaskWhere(c: UnclaimedCriteria): Prisma.RectificationTaskWhereInput {
  return { status: c.status, assignedAt: { not: null, lte: c.assignedAtOnOrBefore } };
}

/** Red = overdue; yellow = behind and not overdue; blue = due soon and neither of those. */
export function warningTaskWhere(
  level: "red" | "yellow" | "blue",
  now: Date,
  dueSoon: DueSoonCriteria,
  unclaimed: UnclaimedCriteria,
): Prisma.RectificationTaskWhereInput {
  const red = overdueTaskWhere(now);
  const yellow: Prisma.RectificationTaskWhereInput = {
    OR: [unclaimedTaskWhere(unclaimed), { status: { in: [...BEHIND_STATUSES] } }],
  };
  if (level === "red") return red;
  if (level === "yellow") return { AND: [yellow, { NOT: red }] };
  return { AND: [dueSoonTaskWhere(dueSoon), { NOT: red }, { NOT: yellow }] };
}

// Raw SQL. `alias` is a trusted table alias written in code, never user input. The status
// column is an enum (finding_status): a list of statuses is bound as text[] (the PGlite adapter
// cannot bind an enum array) and cast to finding_status[], so the comparison is enum to enum
// and the (status, …) indexes stay usable.

function statusIn(alias: string, statuses: readonly FindingStatus[]): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}.status = ANY(${[...statuses]}::text[]::finding_status[])`;
}

export function openTaskSql(alias: string): Prisma.Sql {
  return statusIn(alias, OPEN_FINDING_STATUSES);
}

/** The domain's overdue criteria; `dueAt IS NOT NULL` for the same reason as overdueTaskWhere. */
function overdueSql(alias: string, c: OverdueCriteria): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`(${statusIn(alias, c.statuses)} AND ${t}."dueAt" IS NOT NULL AND ${t}."dueAt" <= ${c.dueAtOnOrBefore})`;
}

export function overdueTaskSql(alias: string, now: Date): Prisma.Sql {
  return overdueSql(alias, overdueCriteria(now));
}

/** Closed out (domain CLOSED_STATUS): a cancelled duplicate is not a closure. */
export function closedTaskSql(alias: string): Prisma.Sql {
  return statusIn(alias, [CLOSED_STATUS]);
}

/** The domain's CLOSED_ON_TIME: closed, and closedAt < dueAt (NULL on either side: not). */
export function closedOnTimeTaskSql(alias: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  const before = Prisma.raw(`"${CLOSED_ON_TIME.closedBefore}"`);
  return Prisma.sql`(${statusIn(alias, [CLOSED_ON_TIME.status])} AND ${t}."closedAt" < ${t}.${before})`;
}

/** The domain's judgedForOnTimeCriteria: closed with a deadline, or overdue. */
export function judgedForOnTimeTaskSql(alias: string, now: Date): Prisma.Sql {
  const c = judgedForOnTimeCriteria(now);
  const t = Prisma.raw(alias);
  return Prisma.sql`((${statusIn(alias, [c.closedStatus])} AND ${t}."dueAt" IS NOT NULL) OR ${overdueSql(alias, c.overdue)})`;
}
