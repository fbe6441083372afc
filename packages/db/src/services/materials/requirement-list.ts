import {
  type Actor,
  availableMaterialActions,
  isMaterialOverdue,
  type ListRequirementsInput,
  type MaterialOverdueCriteria,
  materialOverdueCriteria,
  type RequirementDetail,
  type RequirementView,
  uploadRefusal,
} from "@cw/domain";
import { fromDateColumn, toDateColumn } from "../../date-columns.ts";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { overdueRequirementWhere } from "../../queries/material-filters.ts";
import { cursorId, decodeCursor, encodeCursor, invalidCursor } from "../../queries/page-cursor.ts";
import type { ServiceContext } from "../service-context.ts";
import { lastSubmitterId, loadRequirementFor, requirementScope } from "./material-access.ts";
import { FILE_VIEW } from "./material-files.ts";

type Where = Prisma.MaterialRequirementWhereInput;

const SELECT = {
  id: true,
  standardId: true,
  title: true,
  description: true,
  unitId: true,
  dueDate: true,
  status: true,
  version: true,
  updatedAt: true,
  standard: { select: { code: true, text: true, systemId: true } },
  _count: { select: { files: true } },
} satisfies Prisma.MaterialRequirementSelect;
type Row = Prisma.MaterialRequirementGetPayload<{ select: typeof SELECT }>;

/**
 * Requirements by due date (undated last), filtered and paged in SQL with a keyset cursor
 * carrying (dueDate, id), as the task list does (see page-cursor.ts).
 */
export async function listRequirements(
  ctx: ServiceContext<Actor>,
  input: ListRequirementsInput,
): Promise<{ items: RequirementView[]; nextCursor: string | null }> {
  const criteria = materialOverdueCriteria(ctx.now);
  const overdue = overdueRequirementWhere(criteria);
  const and: Where[] = [
    requirementScope(ctx.actor),
    input.standardId ? { standardId: input.standardId } : {},
    input.systemId ? { standard: { systemId: input.systemId } } : {},
    input.unitId ? { unitId: input.unitId } : {},
    input.status?.length ? { status: { in: input.status } } : {},
    input.overdue === true ? overdue : input.overdue === false ? { NOT: overdue } : {},
  ];
  if (input.cursor) and.push(afterCursor(input.cursor));
  const rows = await ctx.prisma.materialRequirement.findMany({
    where: { AND: and },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: input.limit + 1,
    select: SELECT,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const units = await unitNames(ctx.prisma, page);
  return {
    items: page.map((row) => toView(row, units, criteria)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([fromDateColumn(last.dueDate), last.id])
        : null,
  };
}

function afterCursor(cursor: string): Where {
  const [due, rawId] = decodeCursor(cursor, 2);
  const id = cursorId(rawId ?? null);
  if (due === null || due === undefined) return { dueDate: null, id: { gt: id } };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) throw invalidCursor();
  const key = toDateColumn(due);
  return { OR: [{ dueDate: { gt: key } }, { dueDate: key, id: { gt: id } }, { dueDate: null }] };
}

/** One requirement with its files, review trail and what this actor may do next. */
export async function getRequirement(
  ctx: ServiceContext<Actor>,
  input: { id: string },
): Promise<RequirementDetail> {
  const { prisma, actor } = ctx;
  const { id } = input;
  await loadRequirementFor(prisma, actor, id);
  const [row, files, reviews, submittedById] = await Promise.all([
    prisma.materialRequirement.findUniqueOrThrow({ where: { id }, select: SELECT }),
    prisma.materialFile.findMany({
      where: { requirementId: id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: FILE_VIEW,
    }),
    prisma.materialReview.findMany({
      where: { requirementId: id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, comment: true, actorId: true, createdAt: true },
    }),
    lastSubmitterId(prisma, id),
  ]);
  const actors = await prisma.user.findMany({
    where: { id: { in: [...new Set(reviews.map((r) => r.actorId))] } },
    select: { id: true, displayName: true },
  });
  const view = toView(row, await unitNames(prisma, [row]), materialOverdueCriteria(ctx.now));
  return {
    ...view,
    files,
    reviews: reviews.map((r) => ({
      ...r,
      actorName: actors.find((a) => a.id === r.actorId)?.displayName ?? null,
    })),
    availableActions: availableMaterialActions(
      { status: view.status, unitId: view.unitId, submittedById, fileCount: view.fileCount },
      actor,
    ),
    canUpload: uploadRefusal(view, actor) === null,
  };
}

/** The requirement table has no relation to units (the schema keeps it loose), so: by id. */
async function unitNames(prisma: PrismaClient, rows: Row[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.unitId ? [r.unitId] : [])))];
  if (ids.length === 0) return new Map();
  const units = await prisma.responsibleUnit.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });
  return new Map(units.map((u) => [u.id, u.name]));
}

function toView(
  row: Row,
  units: Map<string, string>,
  overdue: MaterialOverdueCriteria,
): RequirementView {
  const dueDate = fromDateColumn(row.dueDate);
  return {
    id: row.id,
    standardId: row.standardId,
    standardCode: row.standard.code,
    standardText: row.standard.text,
    systemId: row.standard.systemId,
    title: row.title,
    description: row.description,
    unitId: row.unitId,
    unitName: row.unitId ? (units.get(row.unitId) ?? null) : null,
    dueDate,
    status: row.status,
    overdue: isMaterialOverdue({ status: row.status, dueDate }, overdue),
    fileCount: row._count.files,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
