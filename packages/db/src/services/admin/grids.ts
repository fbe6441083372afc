import type {
  Actor,
  AssignGridSitesInput,
  CreateGridInput,
  GridOutput,
  UpdateGridInput,
} from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { adminListArgs, assertRef, duplicate, found, snapshot } from "./admin-helpers.ts";

const COLUMNS = {
  id: true,
  code: true,
  name: true,
  unitId: true,
  createdAt: true,
  unit: { select: { name: true } },
  _count: { select: { sites: { where: { active: true } } } },
} satisfies Prisma.GridSelect;
type GridRow = Prisma.GridGetPayload<{ select: typeof COLUMNS }>;

function toGrid(row: GridRow): GridOutput {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    unitId: row.unitId,
    unitName: row.unit?.name ?? null,
    siteCount: row._count.sites,
  };
}

export async function listGrids(
  ctx: ServiceContext<Actor>,
  input: { unitId?: string | undefined },
): Promise<GridOutput[]> {
  const rows = await ctx.prisma.grid.findMany({
    ...adminListArgs<Prisma.GridWhereInput>({
      equal: { unitId: input.unitId || undefined },
      orderBy: ["code", "id"],
    }),
    select: COLUMNS,
  });
  return rows.map(toGrid);
}

async function checkGrid(tx: Tx, input: { code?: string; unitId?: string | null }, ownId?: string) {
  if (input.code !== undefined) {
    const same = await tx.grid.findUnique({ where: { code: input.code }, select: { id: true } });
    if (same && same.id !== ownId) throw duplicate("code");
  }
  if (input.unitId) {
    const unit = await tx.responsibleUnit.findUnique({
      where: { id: input.unitId },
      select: { id: true },
    });
    assertRef(unit, "unitId");
  }
}

export async function createGrid(
  ctx: ServiceContext<Actor>,
  input: CreateGridInput,
): Promise<GridOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    await checkGrid(tx, input);
    const row = await tx.grid.create({
      data: { code: input.code, name: input.name, unitId: input.unitId ?? null },
      select: COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "grid",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
    });
    return toGrid(row);
  });
}

export async function updateGrid(
  ctx: ServiceContext<Actor>,
  input: UpdateGridInput,
): Promise<GridOutput> {
  const { id, ...changes } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const before = found(await tx.grid.findUnique({ where: { id }, select: COLUMNS }), "grid", id);
    await checkGrid(tx, changes, id);
    const after = await tx.grid.update({ where: { id }, data: changes, select: COLUMNS });
    await recordAudit(tx, ctx, {
      entityType: "grid",
      entityId: id,
      action: "update",
      before: snapshot(before),
      after: snapshot(after),
    });
    return toGrid(after);
  });
}

/**
 * Assigns sites to a grid (or takes them out of every grid, gridId null) in one transaction,
 * with one audit row per site whose grid changed. Every site must exist, or nothing changes.
 */
export async function assignSitesToGrid(
  ctx: ServiceContext<Actor>,
  input: AssignGridSitesInput,
): Promise<{ moved: number }> {
  const siteIds = [...new Set(input.siteIds)];
  return ctx.prisma.$transaction(async (tx) => {
    if (input.gridId) {
      const grid = await tx.grid.findUnique({ where: { id: input.gridId }, select: { id: true } });
      assertRef(grid, "gridId");
    }
    const sites = await tx.site.findMany({
      where: { id: { in: siteIds } },
      select: { id: true, gridId: true },
    });
    if (sites.length !== siteIds.length) assertRef(null, "siteIds");
    const moving = sites.filter((s) => s.gridId !== input.gridId);
    if (moving.length === 0) return { moved: 0 };
    await tx.site.updateMany({
      where: { id: { in: moving.map((s) => s.id) } },
      data: { gridId: input.gridId },
    });
    for (const site of moving) {
      await recordAudit(tx, ctx, {
        entityType: "site",
        entityId: site.id,
        action: "assign_grid",
        before: { gridId: site.gridId },
        after: { gridId: input.gridId },
      });
    }
    return { moved: moving.length };
  });
}
