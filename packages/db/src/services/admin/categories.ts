import type { Actor, CategoryOutput, CreateCategoryInput, UpdateCategoryInput } from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit.ts";
import { changeAction, duplicate, found, snapshot } from "./admin-helpers.ts";

// Finding categories: the code is the key findings point at, so it is set once and a
// category that is no longer wanted is deactivated, never deleted.

function toCategory(row: CategoryOutput): CategoryOutput {
  const { code, name, nameEn, defaultDeadlineDays, sortOrder, active } = row;
  return { code, name, nameEn, defaultDeadlineDays, sortOrder, active };
}

export async function listCategories(
  prisma: PrismaClient,
  input: { active?: boolean | undefined },
): Promise<CategoryOutput[]> {
  const rows = await prisma.findingCategory.findMany({
    where: input.active === undefined ? {} : { active: input.active },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return rows.map(toCategory);
}

export async function createCategory(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateCategoryInput,
  now: Date,
): Promise<CategoryOutput> {
  return prisma.$transaction(async (tx) => {
    if (await tx.findingCategory.findUnique({ where: { code: input.code } }))
      throw duplicate("code");
    const row = await tx.findingCategory.create({ data: input });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "finding_category",
      entityId: row.code,
      action: "create",
      after: snapshot(row),
      at: now,
    });
    return toCategory(row);
  });
}

export async function updateCategory(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateCategoryInput,
  now: Date,
): Promise<CategoryOutput> {
  const { code, ...changes } = input;
  return prisma.$transaction(async (tx) => {
    const before = found(
      await tx.findingCategory.findUnique({ where: { code } }),
      "finding_category",
      code,
    );
    const after = await tx.findingCategory.update({ where: { code }, data: changes });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "finding_category",
      entityId: code,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
      at: now,
    });
    return toCategory(after);
  });
}
