import {
  type Actor,
  type CreateInspectionInput,
  DomainError,
  type InspectionView,
  type ListInspectionsInput,
  notFound,
} from "@cw/domain";
import { fromDateColumn, toDateColumn } from "../date-columns.ts";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { decodeCursor, encodeCursor, invalidCursor } from "../queries/page-cursor.ts";
import { recordAudit, type Tx } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";

const COLUMNS = {
  id: true,
  code: true,
  kind: true,
  date: true,
  notes: true,
  members: { select: { userId: true } },
  sites: { select: { site: { select: { id: true, name: true } } } },
  _count: { select: { findings: true } },
} satisfies Prisma.InspectionSelect;
type Row = Prisma.InspectionGetPayload<{ select: typeof COLUMNS }>;

/** Two people creating a same-day inspection at once can pick the same code; retry then. */
const CODE_ATTEMPTS = 3;

export async function retryOnTakenCode<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const duplicateCode =
        error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!duplicateCode || n >= CODE_ATTEMPTS) throw error;
    }
  }
}

/**
 * Creates an inspection with its team and sites in one transaction, with a readable code
 * ("I" + visit date + per-day sequence, e.g. I20260930003) and an audit event.
 */
export async function createInspection(
  ctx: ServiceContext<Actor>,
  input: CreateInspectionInput,
): Promise<InspectionView> {
  const id = await retryOnTakenCode(() =>
    ctx.prisma.$transaction((tx) => insertInspection(tx, ctx, input)),
  );
  return (await loadInspection(ctx.prisma, id)) as InspectionView;
}

/** Inserts an inspection (its code, team, sites) with its audit event, in the caller's transaction. */
export async function insertInspection(
  tx: Tx,
  ctx: ServiceContext<Actor>,
  input: CreateInspectionInput,
): Promise<string> {
  const memberIds = [...new Set(input.memberIds)];
  const siteIds = [...new Set(input.siteIds)];
  await assertReferences(tx, memberIds, siteIds);
  const code = await nextCode(tx, input.date);
  const created = await tx.inspection.create({
    data: {
      code,
      kind: input.kind,
      date: toDateColumn(input.date),
      notes: input.notes,
      createdById: ctx.actor.id,
      members: { create: memberIds.map((userId) => ({ userId })) },
      sites: { create: siteIds.map((siteId) => ({ siteId })) },
    },
  });
  await recordAudit(tx, ctx, {
    entityType: "inspection",
    entityId: created.id,
    action: "create",
    after: { ...created, memberIds, siteIds },
  });
  return created.id;
}

/** One inspection, or a not_found DomainError. */
export async function getInspection(
  ctx: ServiceContext<Actor>,
  input: { id: string },
): Promise<InspectionView> {
  const found = await loadInspection(ctx.prisma, input.id);
  if (!found) throw notFound("inspection", input.id);
  return found;
}

/**
 * Newest visit first, filtered and paged in SQL. The code is unique and sorts by day, so
 * (date, code) orders deterministically and the cursor carries both (see page-cursor.ts).
 */
export async function listInspections(
  ctx: ServiceContext<Actor>,
  input: ListInspectionsInput,
): Promise<{ items: InspectionView[]; nextCursor: string | null }> {
  const date: Prisma.DateTimeFilter = {};
  if (input.dateFrom) date.gte = toDateColumn(input.dateFrom);
  if (input.dateTo) date.lte = toDateColumn(input.dateTo);
  const and: Prisma.InspectionWhereInput[] = [
    input.kind ? { kind: input.kind } : {},
    input.dateFrom || input.dateTo ? { date } : {},
    input.siteId ? { sites: { some: { siteId: input.siteId } } } : {},
    input.memberId ? { members: { some: { userId: input.memberId } } } : {},
  ];
  if (input.cursor) {
    const [day, code] = decodeCursor(input.cursor, 2);
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !code) throw invalidCursor();
    and.push({
      OR: [{ date: { lt: toDateColumn(day) } }, { date: toDateColumn(day), code: { lt: code } }],
    });
  }
  const rows = await ctx.prisma.inspection.findMany({
    where: { AND: and },
    orderBy: [{ date: "desc" }, { code: "desc" }],
    take: input.limit + 1,
    select: COLUMNS,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: await toViews(ctx.prisma, page),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([fromDateColumn(last.date), last.code])
        : null,
  };
}

export async function loadInspection(
  prisma: PrismaClient,
  id: string,
): Promise<InspectionView | null> {
  const row = await prisma.inspection.findUnique({ where: { id }, select: COLUMNS });
  return row ? ((await toViews(prisma, [row]))[0] ?? null) : null;
}

/** Members are bare user ids in the schema, so their names come in one query per page. */
async function toViews(prisma: PrismaClient, rows: Row[]): Promise<InspectionView[]> {
  const userIds = [...new Set(rows.flatMap((r) => r.members.map((m) => m.userId)))];
  const users = await prisma.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, displayName: true },
  });
  const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    kind: row.kind,
    date: fromDateColumn(row.date),
    notes: row.notes,
    members: row.members
      .map((m) => ({ id: m.userId, displayName: nameOf.get(m.userId) ?? "" }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, "zh-CN")),
    sites: row.sites.map((s) => s.site).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    findingCount: row._count.findings,
  }));
}

/** Names every unknown member and site at once, so the form can mark both fields. */
async function assertReferences(tx: Tx, memberIds: string[], siteIds: string[]): Promise<void> {
  // Sequential: a transaction's single connection runs one query at a time.
  const users = await tx.user.findMany({ where: { id: { in: memberIds } }, select: { id: true } });
  const sites = await tx.site.findMany({ where: { id: { in: siteIds } }, select: { id: true } });
  const missing = (ids: string[], found: { id: string }[]) =>
    ids.filter((id) => !found.some((f) => f.id === id));
  const unknownMembers = missing(memberIds, users);
  const unknownSites = missing(siteIds, sites);
  if (!unknownMembers.length && !unknownSites.length) return;
  throw new DomainError(
    "bad_request",
    "error.invalid_input",
    { memberIds: unknownMembers.join(", "), siteIds: unknownSites.join(", ") },
    {
      ...(unknownMembers.length ? { memberIds: "inspection.unknown_members" as const } : {}),
      ...(unknownSites.length ? { siteIds: "inspection.unknown_sites" as const } : {}),
    },
  );
}

/** The next free code for the visit date; numeric max, so I…1000 follows I…999. */
async function nextCode(tx: Tx, date: string): Promise<string> {
  const prefix = `I${date.replaceAll("-", "")}`;
  const taken = await tx.inspection.findMany({
    where: { code: { startsWith: prefix } },
    select: { code: true },
  });
  const max = Math.max(0, ...taken.map((t) => Number(t.code.slice(prefix.length)) || 0));
  return `${prefix}${String(max + 1).padStart(3, "0")}`;
}
