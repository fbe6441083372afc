import {
  BEHIND_STATUSES,
  CLOSED_STATUS,
  type DueSoonCriteria,
  OPEN_FINDING_STATUSES,
  overdueCriteria,
  type UnclaimedCriteria,
} from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * The domain's timing rules (packages/domain/src/overdue.ts) translated for the database —
 * once as Prisma filters and once as raw SQL. Every list, count and chart that says open,
 * overdue, due soon, unclaimed or names a warning colour uses these, so the database does the
 * work through the (status, dueAt) indexes and never ships rows to JavaScript to decide.
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

/** `alias` is a trusted table alias written in code, never user input. */
export function openTaskSql(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}.status = ANY(${[...OPEN_FINDING_STATUSES]}::text[])`;
}

export function overdueTaskSql(alias: string, now: Date): Prisma.Sql {
  const { statuses, dueAtOnOrBefore } = overdueCriteria(now);
  const t = Prisma.raw(alias);
  return Prisma.sql`(${t}.status = ANY(${[...statuses]}::text[]) AND ${t}."dueAt" <= ${dueAtOnOrBefore})`;
}

/** Closed out (domain CLOSED_STATUS): a cancelled duplicate is not a closure. */
export function closedTaskSql(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}.status = ${CLOSED_STATUS}`;
}

/** The domain's isClosedOnTime: closed, and closedAt < dueAt. */
export function closedOnTimeTaskSql(alias: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`(${closedTaskSql(alias)} AND ${t}."closedAt" < ${t}."dueAt")`;
}

/** The domain's isJudgedForOnTime: closed with a deadline, or open past it. */
export function judgedForOnTimeTaskSql(alias: string, now: Date): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`((${closedTaskSql(alias)} AND ${t}."dueAt" IS NOT NULL) OR ${overdueTaskSql(alias, now)})`;
}
