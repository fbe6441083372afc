import type { Actor, CreateSiteTypeInput, SiteTypeOutput, UpdateSiteTypeInput } from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { adminListArgs, changeAction, duplicate, found, snapshot } from "./admin-helpers.ts";

// The database counts each type's active sites (a filtered _count), not JavaScript.
const COLUMNS = {
  id: true,
  code: true,
  name: true,
  sortOrder: true,
  active: true,
  _count: { select: { sites: { where: { active: true } } } },
} satisfies Prisma.SiteTypeSelect;
type SiteTypeRow = Prisma.SiteTypeGetPayload<{ select: typeof COLUMNS }>;

function toSiteType(row: SiteTypeRow): SiteTypeOutput {
  const { _count, ...type } = row;
  return { ...type, siteCount: _count.sites };
}

export async function listSiteTypes(
  ctx: ServiceContext<Actor>,
  input: { active?: boolean | undefined },
): Promise<SiteTypeOutput[]> {
  const rows = await ctx.prisma.siteType.findMany({
    ...adminListArgs<Prisma.SiteTypeWhereInput>({
      equal: { active: input.active },
      orderBy: ["sortOrder", "code"],
    }),
    select: COLUMNS,
  });
  return rows.map(toSiteType);
}

export async function createSiteType(
  ctx: ServiceContext<Actor>,
  input: CreateSiteTypeInput,
): Promise<SiteTypeOutput> {
  return ctx.prisma.$transaction(async (tx) => {
    const taken = await tx.siteType.findUnique({
      where: { code: input.code },
      select: { id: true },
    });
    if (taken) throw duplicate("code");
    const row = await tx.siteType.create({ data: input, select: COLUMNS });
    await recordAudit(tx, ctx, {
      entityType: "site_type",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
    });
    return toSiteType(row);
  });
}

export async function updateSiteType(
  ctx: ServiceContext<Actor>,
  input: UpdateSiteTypeInput,
): Promise<SiteTypeOutput> {
  const { id, ...changes } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const before = found(
      await tx.siteType.findUnique({ where: { id }, select: COLUMNS }),
      "site_type",
      id,
    );
    if (changes.code !== undefined && changes.code !== before.code) {
      const taken = await tx.siteType.findUnique({
        where: { code: changes.code },
        select: { id: true },
      });
      if (taken) throw duplicate("code");
    }
    const after = await tx.siteType.update({ where: { id }, data: changes, select: COLUMNS });
    await recordAudit(tx, ctx, {
      entityType: "site_type",
      entityId: id,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
    });
    return toSiteType(after);
  });
}
