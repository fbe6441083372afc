import {
  type Actor,
  assertNoUnitCycle,
  type CreateUnitInput,
  type UnitOutput,
  type UpdateUnitInput,
} from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import {
  adminListArgs,
  assertRef,
  changeAction,
  duplicate,
  found,
  snapshot,
} from "./admin-helpers.ts";

const COLUMNS = {
  id: true,
  code: true,
  name: true,
  kind: true,
  parentId: true,
  headName: true,
  headPhone: true,
  liaisonName: true,
  liaisonPhone: true,
  active: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ResponsibleUnitSelect;
type UnitRow = Prisma.ResponsibleUnitGetPayload<{ select: typeof COLUMNS }>;

function toUnit({ createdAt: _c, updatedAt: _u, ...unit }: UnitRow): UnitOutput {
  return unit;
}

/** Every unit with its parent, so a screen can draw the tree; ordered by code. */
export async function listUnits(
  ctx: ServiceContext<Actor>,
  input: { active?: boolean | undefined },
): Promise<UnitOutput[]> {
  const rows = await ctx.prisma.responsibleUnit.findMany({
    ...adminListArgs<Prisma.ResponsibleUnitWhereInput>({
      equal: { active: input.active },
      orderBy: ["code", "id"],
    }),
    select: COLUMNS,
  });
  return rows.map(toUnit);
}

const ID = { id: true } as const;

export async function createUnit(
  ctx: ServiceContext<Actor>,
  input: CreateUnitInput,
): Promise<UnitOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    if (await tx.responsibleUnit.findUnique({ where: { code: input.code }, select: ID }))
      throw duplicate("code");
    if (input.parentId) {
      const parent = await tx.responsibleUnit.findUnique({
        where: { id: input.parentId },
        select: ID,
      });
      assertRef(parent, "parentId");
    }
    const row = await tx.responsibleUnit.create({
      data: { ...input, parentId: input.parentId ?? null },
      select: COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "responsible_unit",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
    });
    return toUnit(row);
  });
}

export async function updateUnit(
  ctx: ServiceContext<Actor>,
  input: UpdateUnitInput,
): Promise<UnitOutput> {
  const { id, ...changes } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const before = found(
      await tx.responsibleUnit.findUnique({ where: { id }, select: COLUMNS }),
      "responsible_unit",
      id,
    );
    if (changes.code !== undefined && changes.code !== before.code) {
      if (await tx.responsibleUnit.findUnique({ where: { code: changes.code }, select: ID }))
        throw duplicate("code");
    }
    if (changes.parentId) {
      const parent = await tx.responsibleUnit.findUnique({
        where: { id: changes.parentId },
        select: ID,
      });
      assertRef(parent, "parentId");
      assertNoUnitCycle(id, changes.parentId, await ancestorsOf(tx, changes.parentId));
    }
    const after = await tx.responsibleUnit.update({
      where: { id },
      data: changes,
      select: COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "responsible_unit",
      entityId: id,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
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
