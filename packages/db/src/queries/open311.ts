import { createHash } from "node:crypto";
import type { Open311CategoryRow, Open311FindingRow, Open311RequestsQuery } from "@cw/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import type { AnonymousServiceContext } from "../services/service-context.ts";
import { openTaskWhere } from "./task-filters.ts";

/**
 * The Open311 read interface's queries (docs/decisions/0005). Filters, order and paging run in
 * SQL; only the page asked for leaves the database, already flattened to plain values.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The consuming system behind an API key, if the key is known and active. Only sha256(key) is stored. */
export async function getOpen311Client(
  ctx: AnonymousServiceContext,
  input: { key: string },
): Promise<{ id: string; name: string } | null> {
  const { key } = input;
  if (!key) return null;
  const keyHash = createHash("sha256").update(key).digest("hex");
  const client = await ctx.prisma.apiClient.findUnique({
    where: { keyHash },
    select: { id: true, name: true, active: true },
  });
  return client?.active ? { id: client.id, name: client.name } : null;
}

export function listOpen311Services(ctx: AnonymousServiceContext): Promise<Open311CategoryRow[]> {
  return ctx.prisma.findingCategory.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, name: true, nameEn: true, defaultDeadlineDays: true },
  });
}

const findingSelect = {
  code: true,
  description: true,
  foundAt: true,
  updatedAt: true,
  latitude: true,
  longitude: true,
  categoryRef: { select: { code: true, name: true } },
  site: {
    select: {
      code: true,
      address: true,
      latitude: true,
      longitude: true,
      responsibleUnit: { select: { name: true } },
    },
  },
  task: {
    select: {
      status: true,
      resolution: true,
      updatedAt: true,
      dueAt: true,
      unit: { select: { name: true } },
    },
  },
  // The first photo taken is the one a consumer shows; the spec has room for one URL.
  photos: {
    select: { photoId: true },
    orderBy: [{ photo: { createdAt: "asc" } }, { photoId: "asc" }],
    take: 1,
  },
} satisfies Prisma.FindingSelect;

function findingWhere(q: Open311RequestsQuery): Prisma.FindingWhereInput {
  if (q.ids) return { code: { in: q.ids } };
  const where: Prisma.FindingWhereInput = { foundAt: { gte: q.from, lte: q.to } };
  if (q.serviceCodes) where.category = { in: q.serviceCodes };
  // Open and closed come from the domain's one list of open statuses (task-filters.ts).
  if (q.status === "open") where.OR = [{ task: { is: null } }, { task: { is: openTaskWhere } }];
  if (q.status === "closed") where.task = { is: { NOT: openTaskWhere } };
  return where;
}

/** Findings newest first (by foundAt, then code so pages never overlap). */
export async function listOpen311Requests(
  ctx: AnonymousServiceContext,
  q: Open311RequestsQuery,
): Promise<Open311FindingRow[]> {
  const rows = await ctx.prisma.finding.findMany({
    where: findingWhere(q),
    orderBy: [{ foundAt: "desc" }, { code: "desc" }],
    take: q.take,
    skip: q.skip,
    select: findingSelect,
  });
  return rows.map((r) => ({
    code: r.code,
    description: r.description,
    foundAt: r.foundAt,
    updatedAt: r.updatedAt,
    latitude: r.latitude?.toNumber() ?? null,
    longitude: r.longitude?.toNumber() ?? null,
    category: r.categoryRef,
    site: {
      code: r.site.code,
      address: r.site.address,
      latitude: r.site.latitude.toNumber(),
      longitude: r.site.longitude.toNumber(),
      unitName: r.site.responsibleUnit.name,
    },
    task: r.task && {
      status: r.task.status,
      resolution: r.task.resolution,
      updatedAt: r.task.updatedAt,
      dueAt: r.task.dueAt,
      unitName: r.task.unit?.name ?? null,
    },
    firstPhotoId: r.photos[0]?.photoId ?? null,
  }));
}

/**
 * A photo's bytes, only if it belongs to a finding: progress and verification photos stay
 * internal, so media URLs expose nothing the request list does not already point to.
 */
export async function getOpen311Photo(
  ctx: AnonymousServiceContext,
  input: { photoId: string },
): Promise<{ mimeType: string; bytes: Uint8Array } | null> {
  const { photoId } = input;
  if (!UUID.test(photoId)) return null;
  const photo = await ctx.prisma.photo.findFirst({
    where: { id: photoId, findings: { some: {} } },
    select: { mimeType: true, content: { select: { bytes: true } } },
  });
  return photo && { mimeType: photo.mimeType, bytes: photo.content.bytes };
}
