import type { Actor, CreateGridInput, GridOutput, UpdateGridInput } from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import { assertRef, duplicate, found, snapshot } from "./admin-helpers.ts";

const withUnit = { unit: { select: { name: true } } } as const;

function toGrid(row: {
  id: string;
  code: string;
  name: string;
  unitId: string | null;
  unit: { name: string } | null;
}): GridOutput {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    unitId: row.unitId,
    unitName: row.unit?.name ?? null,
  };
}

export async function listGrids(
  prisma: PrismaClient,
  input: { unitId?: string | undefined },
): Promise<GridOutput[]> {
  const rows = await prisma.grid.findMany({
    where: input.unitId ? { unitId: input.unitId } : {},
    include: withUnit,
    orderBy: [{ code: "asc" }, { id: "asc" }],
  });
  return rows.map(toGrid);
}

async function checkGrid(tx: Tx, input: { code?: string; unitId?: string | null }, ownId?: string) {
  if (input.code !== undefined) {
    const same = await tx.grid.findUnique({ where: { code: input.code }, select: { id: true } });
    if (same && same.id !== ownId) throw duplicate("code");
  }
  if (input.unitId) {
    assertRef(await tx.responsibleUnit.findUnique({ where: { id: input.unitId } }), "unitId");
  }
}

export async function createGrid(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateGridInput,
  now: Date,
): Promise<GridOutput> {
  return prisma.$transaction(async (tx) => {
    await checkGrid(tx, input);
    const row = await tx.grid.create({
      data: { code: input.code, name: input.name, unitId: input.unitId ?? null },
      include: withUnit,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "grid",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
      at: now,
    });
    return toGrid(row);
  });
}

export async function updateGrid(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateGridInput,
  now: Date,
): Promise<GridOutput> {
  const { id, ...changes } = input;
  return prisma.$transaction(async (tx) => {
    const before = found(await tx.grid.findUnique({ where: { id } }), "grid", id);
    await checkGrid(tx, changes, id);
    const after = await tx.grid.update({ where: { id }, data: changes, include: withUnit });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "grid",
      entityId: id,
      action: "update",
      before: snapshot(before),
      after: snapshot(after),
      at: now,
    });
    return toGrid(after);
  });
}
