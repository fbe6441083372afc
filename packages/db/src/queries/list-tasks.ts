import {
  type Actor,
  deadlineCountdown,
  isOverdue,
  type ListTasksInput,
  suggestedDispatchUnit,
  type TaskListItem,
  warningLevel,
} from "@cw/domain";
import { fromDateColumn } from "../date-columns.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import {
  cursorId,
  cursorInstant,
  decodeCursor,
  encodeCursor,
  invalidCursor,
} from "./page-cursor.ts";
import { readTaskListRows, type TaskListRow } from "./task-list-rows.ts";
import {
  loadTimingContext,
  type TaskFilters,
  type TimingContext,
  taskListWhere,
} from "./task-list-where.ts";

export type { TaskListRow } from "./task-list-rows.ts";
export type { TaskFilters } from "./task-list-where.ts";

type Sort = ListTasksInput["sort"];
type Where = Prisma.RectificationTaskWhereInput;

/**
 * Each order ends with the id so equal keys still page deterministically, and names the one
 * key column a cursor carries plus the "strictly after (key, id)" condition for the next page.
 */
const SORTS: Record<
  Sort,
  {
    orderBy: Prisma.RectificationTaskOrderByWithRelationInput[];
    key: (row: Row) => Date | null;
    after: (key: Date | null, id: string) => Where;
  }
> = {
  // The task's own copy of the finding's foundAt: the order walks its (foundAt, id) index.
  found_desc: {
    orderBy: [{ foundAt: "desc" }, { id: "desc" }],
    key: (row) => row.foundAt,
    after: (key, id) => ({
      OR: [{ foundAt: { lt: key as Date } }, { foundAt: key as Date, id: { lt: id } }],
    }),
  },
  found_asc: {
    orderBy: [{ foundAt: "asc" }, { id: "asc" }],
    key: (row) => row.foundAt,
    after: (key, id) => ({
      OR: [{ foundAt: { gt: key as Date } }, { foundAt: key as Date, id: { gt: id } }],
    }),
  },
  // Tasks without a deadline have nothing to be due for: they come after every dated one.
  due_asc: {
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    key: (row) => row.dueAt,
    after: (key, id) =>
      key === null
        ? { dueAt: null, id: { gt: id } }
        : { OR: [{ dueAt: { gt: key } }, { dueAt: key, id: { gt: id } }, { dueAt: null }] },
  },
  updated_desc: {
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    key: (row) => row.updatedAt,
    after: (key, id) => ({
      OR: [{ updatedAt: { lt: key as Date } }, { updatedAt: key as Date, id: { lt: id } }],
    }),
  },
};

/** What the order and the cursor need of a row; the rest is read by `readTaskListRows`. */
const PAGE_SELECT = { id: true, foundAt: true, dueAt: true, updatedAt: true } as const;
type Row = Prisma.RectificationTaskGetPayload<{ select: typeof PAGE_SELECT }>;

/**
 * One page of tasks matching the filters, in the chosen order; all filtering is in SQL. Unit
 * officers are confined to their unit's tasks.
 */
export async function listTasks(
  ctx: ServiceContext<Actor>,
  input: ListTasksInput,
): Promise<{ items: TaskListItem[]; nextCursor: string | null }> {
  const { prisma } = ctx;
  const timing = await loadTimingContext(prisma, ctx.now);
  const sort = SORTS[input.sort];
  const where = taskListWhere(input, ctx.actor, timing);
  const after = input.cursor ? afterCursor(input.cursor, input.sort) : null;
  // The page on its index (ids and keys only), then what its rows show in one statement.
  const rows = await prisma.rectificationTask.findMany({
    where: after ? { AND: [where, after] } : where,
    orderBy: sort.orderBy,
    // One extra row tells whether another page follows.
    take: input.limit + 1,
    select: PAGE_SELECT,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const shown = await readTaskListRows(
    prisma,
    page.map((row) => row.id),
  );
  return {
    items: shown.map((row) => toTaskListItem(row, timing)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([input.sort, sort.key(last)?.toISOString() ?? null, last.id])
        : null,
  };
}

/** The condition "after the cursor's row"; a cursor made for another order is refused. */
function afterCursor(cursor: string, sortName: Sort): Where {
  const [cursorSort, key, id] = decodeCursor(cursor, 3);
  const instant = cursorInstant(key ?? null);
  // Only due_asc has a nullable key; elsewhere a null key means a forged cursor.
  if (cursorSort !== sortName || (instant === null && sortName !== "due_asc")) {
    throw invalidCursor();
  }
  return SORTS[sortName].after(instant, cursorId(id ?? null));
}

/** How many tasks match the same filters as `listTasks` (paging and order aside). */
export async function countTasks(
  ctx: ServiceContext<Actor>,
  filters: TaskFilters,
): Promise<{ total: number }> {
  const where = taskListWhere(filters, ctx.actor, await loadTimingContext(ctx.prisma, ctx.now));
  return { total: await ctx.prisma.rectificationTask.count({ where }) };
}

export function toTaskListItem(row: TaskListRow, timing: TimingContext): TaskListItem {
  const task = { status: row.status, dueAt: row.dueAt, assignedAt: row.assignedAt };
  return {
    findingId: row.findingId,
    taskId: row.id,
    code: row.code,
    siteId: row.siteId,
    siteName: row.siteName,
    siteTypeName: row.siteTypeName,
    unitId: row.unitId,
    unitName: row.unitName,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    category: row.category,
    source: row.source,
    severity: row.severity,
    description: row.description,
    status: task.status,
    deadline: fromDateColumn(row.deadline),
    dueAt: row.dueAt,
    foundAt: row.foundAt,
    updatedAt: row.updatedAt,
    // The flags use the in-memory predicates: the same rule as the SQL filter, on this page only.
    overdue: isOverdue(task, timing.now),
    warning: warningLevel(task, timing.now, timing.dueSoon, timing.unclaimed),
    escalation: row.escalationLevel
      ? { level: row.escalationLevel, count: Number(row.escalationCount) }
      : null,
    countdown: deadlineCountdown(
      { ...task, deadline: fromDateColumn(row.deadline) },
      timing.now,
      timing.calendar,
    ),
    suggestedUnitId:
      row.status === "new" || row.status === "pushed_back"
        ? (suggestedDispatchUnit(
            { id: row.siteUnitId, active: row.siteUnitActive },
            row.pushedBackFromUnitId,
          )?.id ?? null)
        : null,
    version: row.version,
  };
}
