import {
  type Actor,
  assertNoUnitCycle,
  type CreateUnitInput,
  type UnitOutput,
  type UpdateUnitInput,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import { assertRef, changeAction, duplicate, found, snapshot } from "./admin-helpers.ts";

type UnitRow = Awaited<ReturnType<PrismaClient["responsibleUnit"]["findUniqueOrThrow"]>>;

function toUnit(row: UnitRow): UnitOutput {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind as UnitOutput["kind"],
    parentId: row.parentId,
    headName: row.headName,
    headPhone: row.headPhone,
    liaisonName: row.liaisonName,
    liaisonPhone: row.liaisonPhone,
    active: row.active,
  };
}

/** Every unit with its parent, so a screen can draw the tree; ordered by code. */
export async function listUnits(
  prisma: PrismaClient,
  input: { active?: boolean | undefined },
): Promise<UnitOutput[]> {
  const rows = await prisma.responsibleUnit.findMany({
    where: input.active === undefined ? {} : { active: input.active },
    orderBy: [{ code: "asc" }, { id: "asc" }],
  });
  return rows.map(toUnit);
}

export async function createUnit(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateUnitInput,
  now: Date,
): Promise<UnitOutput> {
  return prisma.$transaction(async (tx) => {
    if (await tx.responsibleUnit.findUnique({ where: { code: input.code } }))
      throw duplicate("code");
    if (input.parentId) {
      assertRef(await tx.responsibleUnit.findUnique({ where: { id: input.parentId } }), "parentId");
    }
    const row = await tx.responsibleUnit.create({
      data: { ...input, parentId: input.parentId ?? null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "responsible_unit",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
      at: now,
    });
    return toUnit(row);
  });
}

export async function updateUnit(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateUnitInput,
  now: Date,
): Promise<UnitOutput> {
  const { id, ...changes } = input;
  return prisma.$transaction(async (tx) => {
    const before = found(
      await tx.responsibleUnit.findUnique({ where: { id } }),
      "responsible_unit",
      id,
    );
    if (changes.code !== undefined && changes.code !== before.code) {
      if (await tx.responsibleUnit.findUnique({ where: { code: changes.code } }))
        throw duplicate("code");
    }
    if (changes.parentId) {
      assertRef(
        await tx.responsibleUnit.findUnique({ where: { id: changes.parentId } }),
        "parentId",
      );
      assertNoUnitCycle(id, changes.parentId, await ancestorsOf(tx, changes.parentId));
    }
    const after = await tx.responsibleUnit.update({ where: { id }, data: changes });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "responsible_unit",
      entityId: id,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
      at: now,
    });
    return toUnit(after);
  });
}

/** The chain above a unit (its parent first). Unit trees are a few levels deep. */
async function ancestorsOf(tx: Tx, unitId: string): Promise<string[]> {
  const chain: string[] = [];
  let next: string | null = unitId;
  // The guard stops at a loop already in the data instead of walking it forever.
  for (let depth = 0; next && depth < 64; depth++) {
    const row: { parentId: string | null } | null = await tx.responsibleUnit.findUnique({
      where: { id: next },
      select: { parentId: true },
    });
    next = row?.parentId ?? null;
    if (next) chain.push(next);
  }
  return chain;
}
