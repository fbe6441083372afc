import type { Actor, CategoryOutput, CreateCategoryInput, UpdateCategoryInput } from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { adminListArgs, changeAction, duplicate, found, snapshot } from "./admin-helpers.ts";

// Finding categories: the code is the key findings point at, so it is set once and a
// category that is no longer wanted is deactivated, never deleted.

const COLUMNS = {
  code: true,
  name: true,
  nameEn: true,
  defaultDeadlineDays: true,
  sortOrder: true,
  active: true,
} satisfies Prisma.FindingCategorySelect;

export async function listCategories(
  ctx: ServiceContext<Actor>,
  input: { active?: boolean | undefined },
): Promise<CategoryOutput[]> {
  return ctx.prisma.findingCategory.findMany({
    ...adminListArgs<Prisma.FindingCategoryWhereInput>({
      equal: { active: input.active },
      orderBy: ["sortOrder", "code"],
    }),
    select: COLUMNS,
  });
}

export async function createCategory(
  ctx: ServiceContext<Actor>,
  input: CreateCategoryInput,
): Promise<CategoryOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const taken = await tx.findingCategory.findUnique({
      where: { code: input.code },
      select: { code: true },
    });
    if (taken) throw duplicate("code");
    const row = await tx.findingCategory.create({ data: input, select: COLUMNS });
    await recordAudit(tx, ctx, {
      entityType: "finding_category",
      entityId: row.code,
      action: "create",
      after: snapshot(row),
    });
    return row;
  });
}

export async function updateCategory(
  ctx: ServiceContext<Actor>,
  input: UpdateCategoryInput,
): Promise<CategoryOutput> {
  const { code, ...changes } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const before = found(
      await tx.findingCategory.findUnique({ where: { code }, select: COLUMNS }),
      "finding_category",
      code,
    );
    const after = await tx.findingCategory.update({
      where: { code },
      data: changes,
      select: COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "finding_category",
      entityId: code,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
