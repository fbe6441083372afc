import { DomainError, type Open311PostFields, REPORT_PHOTOS_MAX } from "@cw/domain";
import { storePhoto } from "../photos.ts";
import type { AnonymousServiceContext } from "../service-context.ts";
import { createReportInTx } from "./public-reports.ts";

/**
 * A report posted by another city system (the 12345 hotline) through Open311 POST, with the
 * system's API key: into the same triage queue as the citizens' reports, source `hotline`.
 * An uploaded photo passes the staff photos' checks; a media_url is kept as a link, never
 * fetched (the server makes no requests to addresses a client names).
 */
export async function createOpen311Report(
  ctx: AnonymousServiceContext,
  input: {
    client: { id: string };
    fields: Open311PostFields;
    photos: Uint8Array[];
    maxPhotoBytes: number;
  },
): Promise<{ token: string }> {
  const svc: AnonymousServiceContext = { ...ctx, actor: null };
  const { fields } = input;
  const category = await svc.prisma.findingCategory.findUnique({
    where: { code: fields.serviceCode },
    select: { active: true },
  });
  if (!category?.active)
    throw new DomainError("bad_request", "open311.service_code_unknown", {
      code: fields.serviceCode.slice(0, 64),
    });
  const site = fields.addressId
    ? await svc.prisma.site.findUnique({
        where: { code: fields.addressId },
        select: { id: true, active: true },
      })
    : null;
  const photoIds: string[] = [];
  for (const bytes of input.photos.slice(0, REPORT_PHOTOS_MAX)) {
    photoIds.push((await storePhoto(svc, { bytes, maxBytes: input.maxPhotoBytes })).id);
  }
  const row = await svc.prisma.$transaction((tx) =>
    createReportInTx(tx, svc, {
      source: "hotline",
      category: fields.serviceCode,
      description: fields.description,
      siteId: site?.active ? site.id : undefined,
      latitude: fields.latitude,
      longitude: fields.longitude,
      addressText: fields.addressString ?? null,
      photoIds,
      reporterMobile: fields.phone ?? null,
      apiClientId: input.client.id,
      attributes: fields.attributes,
      mediaUrl: fields.mediaUrl ?? null,
    }),
  );
  return { token: row.trackingCode };
}

/** GET tokens/{token}.json: the finding's code once the report was accepted or merged. */
export async function getOpen311Token(
  ctx: AnonymousServiceContext,
  input: { token: string },
): Promise<{ token: string; serviceRequestId: string | null } | null> {
  const report = await ctx.prisma.citizenReport.findUnique({
    where: { trackingCode: input.token },
    select: { trackingCode: true, status: true, finding: { select: { code: true } } },
  });
  if (!report) return null;
  const followed = report.status === "accepted" || report.status === "merged";
  return {
    token: report.trackingCode,
    serviceRequestId: followed ? (report.finding?.code ?? null) : null,
  };
}
