import type {
  Actor,
  AdminSite,
  CreateSiteInput,
  ListSitesInput,
  UpdateSiteInput,
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
  toPage,
} from "./admin-helpers.ts";

const COLUMNS = {
  id: true,
  code: true,
  name: true,
  siteTypeId: true,
  address: true,
  latitude: true,
  longitude: true,
  responsibleUnitId: true,
  gridId: true,
  isKeySite: true,
  contactName: true,
  contactMobile: true,
  contactUserId: true,
  active: true,
  createdAt: true,
  updatedAt: true,
  siteType: { select: { name: true } },
  responsibleUnit: { select: { name: true } },
  grid: { select: { name: true } },
  contactUser: { select: { displayName: true } },
} as const satisfies Prisma.SiteSelect;
type SiteRow = Prisma.SiteGetPayload<{ select: typeof COLUMNS }>;

function toSite({ siteType, responsibleUnit, grid, contactUser, ...row }: SiteRow): AdminSite {
  return {
    ...row,
    // DECIMAL(9,6) arrives as a Decimal; six places are well within a double's precision.
    latitude: row.latitude.toNumber(),
    longitude: row.longitude.toNumber(),
    siteTypeName: siteType.name,
    responsibleUnitName: responsibleUnit.name,
    gridName: grid?.name ?? null,
    contactUserName: contactUser?.displayName ?? null,
  };
}

/** Filtered, ordered by code then id and paged, all in the database. */
export async function listSites(
  ctx: ServiceContext<Actor>,
  input: ListSitesInput,
): Promise<{ items: AdminSite[]; nextCursor: string | null }> {
  const rows = await ctx.prisma.site.findMany({
    ...adminListArgs<Prisma.SiteWhereInput>({
      equal: {
        responsibleUnitId: input.unitId || undefined,
        siteTypeId: input.siteTypeId || undefined,
        gridId: input.gridId || undefined,
        isKeySite: input.isKeySite,
        active: input.active,
      },
      text: { value: input.text, columns: ["name", "code", "address"] },
      orderBy: ["code", "id"],
      page: input,
    }),
    select: COLUMNS,
  });
  return toPage(rows.map(toSite), input.limit, (s) => s.code);
}

export async function getSite(
  ctx: ServiceContext<Actor>,
  input: { id: string },
): Promise<AdminSite> {
  const row = await ctx.prisma.site.findUnique({ where: { id: input.id }, select: COLUMNS });
  return toSite(found(row, "site", input.id));
}

/** Codes are unique and every reference the input names must exist. */
async function checkSite(tx: Tx, input: Partial<CreateSiteInput>, ownId?: string): Promise<void> {
  const id = { id: true } as const;
  if (input.code !== undefined) {
    const same = await tx.site.findUnique({ where: { code: input.code }, select: id });
    if (same && same.id !== ownId) throw duplicate("code");
  }
  if (input.siteTypeId) {
    assertRef(
      await tx.siteType.findUnique({ where: { id: input.siteTypeId }, select: id }),
      "siteTypeId",
    );
  }
  if (input.responsibleUnitId) {
    const unit = await tx.responsibleUnit.findUnique({
      where: { id: input.responsibleUnitId },
      select: id,
    });
    assertRef(unit, "responsibleUnitId");
  }
  if (input.gridId) {
    assertRef(await tx.grid.findUnique({ where: { id: input.gridId }, select: id }), "gridId");
  }
  if (input.contactUserId) {
    const user = await tx.user.findUnique({
      where: { id: input.contactUserId, active: true },
      select: id,
    });
    assertRef(user, "contactUserId");
  }
}

export async function createSite(
  ctx: ServiceContext<Actor>,
  input: CreateSiteInput,
): Promise<AdminSite> {
  return ctx.prisma.$transaction(async (tx) => {
    await checkSite(tx, input);
    const row = await tx.site.create({
      data: { ...input, gridId: input.gridId ?? null },
      select: COLUMNS,
    });
    await recordAudit(tx, ctx, {
      entityType: "site",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
    });
    return toSite(row);
  });
}

export async function updateSite(
  ctx: ServiceContext<Actor>,
  input: UpdateSiteInput,
): Promise<AdminSite> {
  const { id, ...changes } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const before = found(await tx.site.findUnique({ where: { id }, select: COLUMNS }), "site", id);
    await checkSite(tx, changes, id);
    const after = await tx.site.update({ where: { id }, data: changes, select: COLUMNS });
    await recordAudit(tx, ctx, {
      entityType: "site",
      entityId: id,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
    });
    return toSite(after);
  });
}
