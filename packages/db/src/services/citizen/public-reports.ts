import { randomBytes } from "node:crypto";
import { DomainError, type SubmitCitizenReportInput, trackingCodeFrom } from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import { type PhotoUpload, type StoredPhoto, storePhoto } from "../photos.ts";
import type { AnonymousServiceContext } from "../service-context.ts";
import { loadSettings } from "../settings.ts";
import { assertProofOfWork } from "./proof-of-work.ts";
import { assertNotBlocked, countReportLimits, countReportPhotoLimit } from "./report-limits.ts";

/**
 * 随手拍 without an account (decision 0026). The public procedures and routes call these with
 * an anonymous context: whoever sent the request, nothing of the system is read for them but
 * the categories, the site names and their own report by its tracking code.
 */
const anonymous = (ctx: AnonymousServiceContext): AnonymousServiceContext => ({
  ...ctx,
  actor: null,
});

export async function readReportFormOptions(ctx: AnonymousServiceContext) {
  const [categories, sites, settings] = await Promise.all([
    ctx.prisma.findingCategory.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, name: true, nameEn: true },
    }),
    ctx.prisma.site.findMany({
      where: { active: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, address: true, latitude: true, longitude: true },
    }),
    loadSettings(ctx.prisma),
  ]);
  return {
    categories,
    sites: sites.map((s) => ({
      ...s,
      latitude: s.latitude.toNumber(),
      longitude: s.longitude.toNumber(),
    })),
    maxPhotoBytes: settings.maxPhotoBytes,
  };
}

/** A photo sent ahead of its report: the staff photos' checks, counted per address. */
export async function storeReportPhoto(
  ctx: AnonymousServiceContext,
  upload: PhotoUpload & { address: string | null },
): Promise<StoredPhoto> {
  await countReportPhotoLimit(ctx, upload.address);
  return storePhoto(anonymous(ctx), upload);
}

/**
 * Checks a report's photo ids: each an anonymous upload not yet part of any report or
 * finding (a staff photo's id is refused like an unknown one, so none can be shown back).
 */
export async function assertReportPhotos(tx: Tx, photoIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(photoIds)];
  if (ids.length === 0) return [];
  const free = await tx.photo.findMany({
    where: {
      id: { in: ids },
      uploadedById: null,
      citizenReports: { none: {} },
      findings: { none: {} },
    },
    select: { id: true },
  });
  const missing = ids.find((id) => !free.some((p) => p.id === id));
  if (missing)
    throw new DomainError(
      "bad_request",
      "photo.not_found",
      { id: missing },
      {
        photoIds: "photo.not_found",
      },
    );
  return ids;
}

async function assertReportReferences(
  tx: Tx,
  input: { category: string; siteId?: string | undefined },
): Promise<void> {
  const category = await tx.findingCategory.findUnique({
    where: { code: input.category },
    select: { active: true },
  });
  const site = input.siteId
    ? await tx.site.findUnique({ where: { id: input.siteId }, select: { active: true } })
    : { active: true };
  const fields: Record<string, "error.reference_missing"> = {};
  if (!category?.active) fields.category = "error.reference_missing";
  if (!site?.active) fields.siteId = "error.reference_missing";
  const field = Object.keys(fields)[0];
  if (field) throw new DomainError("bad_request", "error.reference_missing", { field }, fields);
}

export interface NewReport {
  source: "citizen_report" | "hotline";
  category: string;
  description: string;
  siteId?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  addressText?: string | null;
  photoIds: string[];
  reporterMobile?: string | null;
  deviceId?: string | null;
  clientAddress?: string | null;
  apiClientId?: string | null;
  attributes?: Prisma.InputJsonValue;
  mediaUrl?: string | null;
}

/** The report row, its photos and its audit event in the caller's transaction. */
export async function createReportInTx(
  tx: Tx,
  ctx: AnonymousServiceContext,
  report: NewReport,
): Promise<{ id: string; trackingCode: string }> {
  await assertReportReferences(tx, report);
  const photoIds = await assertReportPhotos(tx, report.photoIds);
  const trackingCode = trackingCodeFrom(randomBytes(8));
  const row = await tx.citizenReport.create({
    data: {
      trackingCode,
      source: report.source,
      category: report.category,
      description: report.description,
      siteId: report.siteId ?? null,
      latitude: report.latitude ?? null,
      longitude: report.longitude ?? null,
      addressText: report.addressText ?? null,
      reporterMobile: report.reporterMobile ?? null,
      deviceId: report.deviceId ?? null,
      clientAddress: report.clientAddress ?? null,
      apiClientId: report.apiClientId ?? null,
      ...(report.attributes === undefined ? {} : { attributes: report.attributes }),
      mediaUrl: report.mediaUrl ?? null,
      receivedAt: ctx.now,
      photos: { create: photoIds.map((photoId) => ({ photoId })) },
    },
    select: { id: true, trackingCode: true },
  });
  // The audit row names the report, never the number: the log is read by admins.
  await recordAudit(tx, anonymous(ctx), {
    entityType: "citizen_report",
    entityId: row.id,
    action: "create",
    after: { trackingCode, source: report.source, category: report.category },
  });
  return row;
}

/**
 * A citizen's report from the public page: blocked device or number first, then the solved
 * challenge, then the per-address and per-device limits, then the report in one transaction.
 */
export async function submitCitizenReport(
  ctx: AnonymousServiceContext,
  input: SubmitCitizenReportInput & { address: string | null },
): Promise<{ trackingCode: string }> {
  const svc = anonymous(ctx);
  await assertNotBlocked(svc, { deviceId: input.deviceId, mobile: input.mobile ?? null });
  await assertProofOfWork(svc, input.proofOfWork);
  await countReportLimits(svc, { address: input.address, deviceId: input.deviceId });
  const row = await svc.prisma.$transaction((tx) =>
    createReportInTx(tx, svc, {
      source: "citizen_report",
      category: input.category,
      description: input.description,
      siteId: input.siteId,
      latitude: input.latitude,
      longitude: input.longitude,
      photoIds: input.photoIds,
      reporterMobile: input.mobile ?? null,
      deviceId: input.deviceId,
      clientAddress: input.address,
    }),
  );
  return { trackingCode: row.trackingCode };
}
