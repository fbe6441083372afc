import {
  type Actor,
  assertNoUnitCycle,
  type CreateUnitInput,
  type UnitContactOutput,
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
import { loadUnitContacts, storeUnitContacts } from "./unit-contacts.ts";

const COLUMNS = {
  id: true,
  code: true,
  name: true,
  kind: true,
  parentId: true,
  active: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ResponsibleUnitSelect;
type UnitRow = Prisma.ResponsibleUnitGetPayload<{ select: typeof COLUMNS }>;

function toUnit(
  { createdAt: _c, updatedAt: _u, ...unit }: UnitRow,
  contacts: Map<string, UnitContactOutput[]>,
): UnitOutput {
  return { ...unit, contacts: contacts.get(unit.id) ?? [] };
}

const unitSnapshot = (unit: UnitOutput) => ({ ...snapshot(unit), contacts: unit.contacts });

/** The unit with its contacts, as returned and as the audit trail records it. */
async function unitWithContacts(tx: Tx, row: UnitRow): Promise<UnitOutput> {
  return toUnit(row, await loadUnitContacts(tx, [row.id]));
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
  const contacts = await loadUnitContacts(
    ctx.prisma,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toUnit(r, contacts));
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
    const { contacts, ...fields } = input;
    const row = await tx.responsibleUnit.create({
      data: { ...fields, parentId: input.parentId ?? null },
      select: COLUMNS,
    });
    if (contacts) await storeUnitContacts(tx, row.id, contacts, ctx.now);
    const unit = await unitWithContacts(tx, row);
    await recordAudit(tx, ctx, {
      entityType: "responsible_unit",
      entityId: row.id,
      action: "create",
      after: unitSnapshot(unit),
    });
    return unit;
  });
}

export async function updateUnit(
  ctx: ServiceContext<Actor>,
  input: UpdateUnitInput,
): Promise<UnitOutput> {
  const { id, contacts, ...changes } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const beforeRow = found(
      await tx.responsibleUnit.findUnique({ where: { id }, select: COLUMNS }),
      "responsible_unit",
      id,
    );
    const before = await unitWithContacts(tx, beforeRow);
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
    const row = await tx.responsibleUnit.update({
      where: { id },
      data: changes,
      select: COLUMNS,
    });
    if (contacts) await storeUnitContacts(tx, id, contacts, ctx.now);
    const after = await unitWithContacts(tx, row);
    await recordAudit(tx, ctx, {
      entityType: "responsible_unit",
      entityId: id,
      action: changeAction(before, after),
      before: unitSnapshot(before),
      after: unitSnapshot(after),
    });
    return after;
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
