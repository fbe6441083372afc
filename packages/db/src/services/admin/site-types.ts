import type { Actor, CreateSiteTypeInput, SiteTypeOutput, UpdateSiteTypeInput } from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit.ts";
import { changeAction, duplicate, found, snapshot } from "./admin-helpers.ts";

// The database counts each type's active sites (a filtered _count), not JavaScript.
const withSiteCount = {
  _count: { select: { sites: { where: { active: true } } } },
} as const;

function toSiteType(row: {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
  active: boolean;
  _count: { sites: number };
}): SiteTypeOutput {
  const { _count, ...type } = row;
  return { ...type, siteCount: _count.sites };
}

export async function listSiteTypes(
  prisma: PrismaClient,
  input: { active?: boolean | undefined },
): Promise<SiteTypeOutput[]> {
  const rows = await prisma.siteType.findMany({
    where: input.active === undefined ? {} : { active: input.active },
    include: withSiteCount,
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return rows.map(toSiteType);
}

export async function createSiteType(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateSiteTypeInput,
  now: Date,
): Promise<SiteTypeOutput> {
  return prisma.$transaction(async (tx) => {
    if (await tx.siteType.findUnique({ where: { code: input.code } })) throw duplicate("code");
    const row = await tx.siteType.create({ data: input, include: withSiteCount });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "site_type",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
      at: now,
    });
    return toSiteType(row);
  });
}

export async function updateSiteType(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateSiteTypeInput,
  now: Date,
): Promise<SiteTypeOutput> {
  const { id, ...changes } = input;
  return prisma.$transaction(async (tx) => {
    const before = found(await tx.siteType.findUnique({ where: { id } }), "site_type", id);
    if (changes.code !== undefined && changes.code !== before.code) {
      if (await tx.siteType.findUnique({ where: { code: changes.code } })) throw duplicate("code");
    }
    const after = await tx.siteType.update({
      where: { id },
      data: changes,
      include: withSiteCount,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "site_type",
      entityId: id,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
      at: now,
    });
    return toSiteType(after);
  });
}
