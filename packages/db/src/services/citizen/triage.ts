import {
  type Actor,
  assertTriageAllowed,
  DomainError,
  isOpenStatus,
  maskMobile,
  type NearbyFinding,
  type TriageReport,
} from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import { nearbyOpenFindings, nearestSite } from "../../queries/citizen-reports.ts";
import { adminListArgs, toPage } from "../admin/admin-helpers.ts";
import { recordAudit, type Tx } from "../audit.ts";
import { createFindingInTx } from "../findings.ts";
import type { ServiceContext } from "../service-context.ts";

/**
 * The coordinators' triage of citizen and hotline reports (decision 0026): the queue, the
 * open findings nearby as duplicates, and the three decisions — accept (a finding through
 * createFinding), reject with a reason the reporter reads, merge into an existing finding.
 */
const REPORT_SELECT = {
  id: true,
  trackingCode: true,
  source: true,
  status: true,
  category: true,
  categoryRef: { select: { name: true } },
  description: true,
  latitude: true,
  longitude: true,
  siteId: true,
  site: { select: { name: true } },
  addressText: true,
  reporterMobile: true,
  deviceId: true,
  apiClient: { select: { name: true } },
  photos: { select: { photoId: true }, orderBy: { photoId: "asc" } },
  receivedAt: true,
  reopenNote: true,
  rejectReason: true,
  findingId: true,
  finding: { select: { code: true } },
} satisfies Prisma.CitizenReportSelect;
type ReportRow = Prisma.CitizenReportGetPayload<{ select: typeof REPORT_SELECT }>;

function toTriageReport(row: ReportRow): TriageReport {
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    source: row.source,
    status: row.status,
    category: row.category,
    categoryName: row.categoryRef.name,
    description: row.description,
    latitude: row.latitude?.toNumber() ?? null,
    longitude: row.longitude?.toNumber() ?? null,
    siteId: row.siteId,
    siteName: row.site?.name ?? null,
    addressText: row.addressText,
    // Masked here, once: no staff screen or export receives the number itself.
    mobileMasked: maskMobile(row.reporterMobile),
    hasDevice: row.deviceId !== null,
    systemName: row.apiClient?.name ?? null,
    photoIds: row.photos.map((p) => p.photoId),
    receivedAt: row.receivedAt,
    reopenNote: row.reopenNote,
    rejectReason: row.rejectReason,
    findingId: row.findingId,
    findingCode: row.finding?.code ?? null,
  };
}

/** Oldest first: the queue is worked in the order reports came in. */
export async function listTriageQueue(
  ctx: ServiceContext<Actor>,
  input: { status: TriageReport["status"]; cursor?: string | undefined; limit: number },
) {
  const args = adminListArgs<Prisma.CitizenReportWhereInput>({
    equal: { status: input.status },
    orderBy: ["receivedAt", "id"],
    page: { cursor: input.cursor, limit: input.limit },
  });
  const rows = await ctx.prisma.citizenReport.findMany({ ...args, select: REPORT_SELECT });
  const page = toPage(rows, input.limit, (row) => row.receivedAt.toISOString());
  return { items: page.items.map(toTriageReport), nextCursor: page.nextCursor };
}

async function loadReport(db: Tx | ServiceContext<Actor>["prisma"], reportId: string) {
  const row = await db.citizenReport.findUnique({ where: { id: reportId }, select: REPORT_SELECT });
  if (!row)
    throw new DomainError("not_found", "error.not_found", { entity: "report", id: reportId });
  return row;
}

const positionOf = (row: ReportRow) =>
  row.latitude && row.longitude
    ? { lat: row.latitude.toNumber(), lng: row.longitude.toNumber() }
    : null;

/** Open findings of the same category within ~50 m, and those at the report's site. */
export async function listNearbyFindings(
  ctx: ServiceContext<Actor>,
  input: { reportId: string },
): Promise<NearbyFinding[]> {
  const report = await loadReport(ctx.prisma, input.reportId);
  const ranked = await nearbyOpenFindings(ctx.prisma, {
    category: report.category,
    siteId: report.siteId,
    position: positionOf(report),
  });
  const rows = await ctx.prisma.finding.findMany({
    where: { id: { in: ranked.map((r) => r.findingId) } },
    select: {
      id: true,
      code: true,
      description: true,
      site: { select: { name: true } },
      task: { select: { status: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap((r) => {
    const row = byId.get(r.findingId);
    if (!row?.task) return [];
    return [
      {
        findingId: row.id,
        code: row.code,
        description: row.description,
        siteName: row.site.name,
        status: row.task.status,
        distanceMeters: r.distance,
        sameSite: r.sameSite,
      },
    ];
  });
}

/**
 * Claims a waiting report for one decision: the update only matches while it is still
 * `received`, so two coordinators deciding at once cannot both win.
 */
async function decide(
  tx: Tx,
  ctx: ServiceContext<Actor>,
  report: ReportRow,
  data: Prisma.CitizenReportUpdateManyMutationInput & { findingId?: string | null },
  action: string,
) {
  assertTriageAllowed(report);
  const first = await tx.citizenReport.findUnique({
    where: { id: report.id },
    select: { firstTriagedAt: true },
  });
  const claimed = await tx.citizenReport.updateMany({
    where: { id: report.id, status: "received" },
    data: {
      ...data,
      triagedAt: ctx.now,
      triagedById: ctx.actor.id,
      firstTriagedAt: first?.firstTriagedAt ?? ctx.now,
    },
  });
  if (claimed.count !== 1)
    throw new DomainError("conflict", "citizen.already_triaged", { status: "?" });
  await recordAudit(tx, ctx, {
    entityType: "citizen_report",
    entityId: report.id,
    action,
    before: { status: report.status },
    after: { status: data.status, findingId: data.findingId ?? null },
  });
}

const result = (
  reportId: string,
  status: TriageReport["status"],
  finding: { id: string; code: string } | null,
) => ({
  reportId,
  status,
  findingId: finding?.id ?? null,
  findingCode: finding?.code ?? null,
});

/** A finding of its own through createFinding: source citizen_report or hotline, the site matched. */
export async function acceptReport(
  ctx: ServiceContext<Actor>,
  input: {
    reportId: string;
    siteId?: string | undefined;
    category?: string | undefined;
    description?: string | undefined;
  },
) {
  return ctx.prisma.$transaction(async (tx) => {
    const report = await loadReport(tx, input.reportId);
    assertTriageAllowed(report);
    const position = positionOf(report);
    const siteId =
      input.siteId ?? report.siteId ?? (position ? await nearestSite(tx, position) : null);
    if (!siteId)
      throw new DomainError("bad_request", "field.required", {}, { siteId: "field.required" });
    const created = await createFindingInTx(tx, ctx, {
      siteId,
      source: report.source,
      category: input.category ?? report.category,
      severity: "normal",
      description: input.description ?? report.description,
      photoIds: report.photos.map((p) => p.photoId),
      ...(position ? { latitude: position.lat, longitude: position.lng } : {}),
      foundAt: report.receivedAt,
    });
    await decide(tx, ctx, report, { status: "accepted", findingId: created.findingId }, "accept");
    return result(report.id, "accepted", { id: created.findingId, code: created.code });
  });
}

export async function rejectReport(
  ctx: ServiceContext<Actor>,
  input: { reportId: string; reason: string },
) {
  return ctx.prisma.$transaction(async (tx) => {
    const report = await loadReport(tx, input.reportId);
    await decide(
      tx,
      ctx,
      report,
      { status: "rejected", rejectReason: input.reason, findingId: null },
      "reject",
    );
    return result(report.id, "rejected", null);
  });
}

/** Joins an open finding; the reporter then follows that finding to its close. */
export async function mergeReport(
  ctx: ServiceContext<Actor>,
  input: { reportId: string; findingId: string },
) {
  return ctx.prisma.$transaction(async (tx) => {
    const report = await loadReport(tx, input.reportId);
    assertTriageAllowed(report);
    const target = await tx.finding.findUnique({
      where: { id: input.findingId },
      select: { id: true, code: true, duplicateOfId: true, task: { select: { status: true } } },
    });
    if (!target)
      throw new DomainError("not_found", "error.not_found", {
        entity: "finding",
        id: input.findingId,
      });
    if (!target.task || !isOpenStatus(target.task.status) || target.duplicateOfId)
      throw new DomainError("conflict", "citizen.merge_target_closed");
    await decide(tx, ctx, report, { status: "merged", findingId: target.id }, "merge");
    return result(report.id, "merged", target);
  });
}

/** Stops further reports from the report's device or number; the number itself is not shown. */
export async function blockReporter(
  ctx: ServiceContext<Actor>,
  input: { reportId: string; kind: "device" | "mobile"; reason: string },
) {
  return ctx.prisma.$transaction(async (tx) => {
    const report = await loadReport(tx, input.reportId);
    const value = input.kind === "device" ? report.deviceId : report.reporterMobile;
    if (!value)
      throw new DomainError(
        "bad_request",
        input.kind === "device" ? "citizen.no_device" : "citizen.no_mobile",
      );
    await tx.citizenBlock.createMany({
      data: [
        {
          kind: input.kind,
          value,
          reason: input.reason,
          createdById: ctx.actor.id,
          createdAt: ctx.now,
        },
      ],
      skipDuplicates: true,
    });
    await recordAudit(tx, ctx, {
      entityType: "citizen_report",
      entityId: report.id,
      action: `block_${input.kind}`,
      after: { reason: input.reason },
    });
    return { ok: true as const };
  });
}
