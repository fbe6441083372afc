import type {
  Actor,
  AdminSite,
  CreateSiteInput,
  ListSitesInput,
  UpdateSiteInput,
} from "@cw/domain";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import {
  afterKeyset,
  assertRef,
  changeAction,
  decodeCursor,
  duplicate,
  found,
  snapshot,
  toPage,
} from "./admin-helpers.ts";

const withNames = {
  siteType: { select: { name: true } },
  responsibleUnit: { select: { name: true } },
  grid: { select: { name: true } },
} as const satisfies Prisma.SiteInclude;
type SiteRow = Prisma.SiteGetPayload<{ include: typeof withNames }>;

function toSite({ siteType, responsibleUnit, grid, ...row }: SiteRow): AdminSite {
  return {
    ...row,
    // DECIMAL(9,6) arrives as a Decimal; six places are well within a double's precision.
    latitude: row.latitude.toNumber(),
    longitude: row.longitude.toNumber(),
    siteTypeName: siteType.name,
    responsibleUnitName: responsibleUnit.name,
    gridName: grid?.name ?? null,
  };
}

/** Filtered, ordered by code then id and paged, all in the database. */
export async function listSites(
  prisma: PrismaClient,
  input: ListSitesInput,
): Promise<{ items: AdminSite[]; nextCursor: string | null }> {
  const text = input.text || undefined;
  const where: Prisma.SiteWhereInput = {
    AND: [
      input.unitId ? { responsibleUnitId: input.unitId } : {},
      input.siteTypeId ? { siteTypeId: input.siteTypeId } : {},
      input.gridId ? { gridId: input.gridId } : {},
      input.isKeySite === undefined ? {} : { isKeySite: input.isKeySite },
      input.active === undefined ? {} : { active: input.active },
      text
        ? {
            OR: [
              { name: { contains: text, mode: "insensitive" } },
              { code: { contains: text, mode: "insensitive" } },
              { address: { contains: text, mode: "insensitive" } },
            ],
          }
        : {},
      afterKeyset("code", decodeCursor(input.cursor)),
    ],
  };
  const rows = await prisma.site.findMany({
    where,
    include: withNames,
    orderBy: [{ code: "asc" }, { id: "asc" }],
    take: input.limit + 1,
  });
  return toPage(rows.map(toSite), input.limit, (s) => s.code);
}

export async function getSite(prisma: PrismaClient, id: string): Promise<AdminSite> {
  return toSite(
    found(await prisma.site.findUnique({ where: { id }, include: withNames }), "site", id),
  );
}

/** Codes are unique and every reference the input names must exist. */
async function checkSite(tx: Tx, input: Partial<CreateSiteInput>, ownId?: string): Promise<void> {
  if (input.code !== undefined) {
    const same = await tx.site.findUnique({ where: { code: input.code }, select: { id: true } });
    if (same && same.id !== ownId) throw duplicate("code");
  }
  if (input.siteTypeId)
    assertRef(await tx.siteType.findUnique({ where: { id: input.siteTypeId } }), "siteTypeId");
  if (input.responsibleUnitId) {
    const unit = await tx.responsibleUnit.findUnique({ where: { id: input.responsibleUnitId } });
    assertRef(unit, "responsibleUnitId");
  }
  if (input.gridId) assertRef(await tx.grid.findUnique({ where: { id: input.gridId } }), "gridId");
}

export async function createSite(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateSiteInput,
  now: Date,
): Promise<AdminSite> {
  return prisma.$transaction(async (tx) => {
    await checkSite(tx, input);
    const row = await tx.site.create({
      data: { ...input, gridId: input.gridId ?? null },
      include: withNames,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "site",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
      at: now,
    });
    return toSite(row);
  });
}

export async function updateSite(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateSiteInput,
  now: Date,
): Promise<AdminSite> {
  const { id, ...changes } = input;
  return prisma.$transaction(async (tx) => {
    const before = found(await tx.site.findUnique({ where: { id } }), "site", id);
    await checkSite(tx, changes, id);
    const after = await tx.site.update({ where: { id }, data: changes, include: withNames });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "site",
      entityId: id,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
      at: now,
    });
    return toSite(after);
  });
}
