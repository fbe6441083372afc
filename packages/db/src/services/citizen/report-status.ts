import {
  answerRefusal,
  DomainError,
  type PublicReportStatus,
  publicReportStage,
  type SatisfactionAnswer,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { AnonymousServiceContext } from "../service-context.ts";

/**
 * The reporter's view of their report by its tracking code: the state in plain words, the
 * outcome with the after photos once the finding closed, and 解决了吗?. Nothing staff-only
 * (no number, no unit, no people) is read for it.
 */
const AFTER_PHOTOS_MAX = 3;

async function loadReport(db: PrismaClient | Tx, trackingCode: string) {
  const report = await db.citizenReport.findUnique({
    where: { trackingCode },
    select: {
      id: true,
      trackingCode: true,
      status: true,
      description: true,
      receivedAt: true,
      rejectReason: true,
      findingId: true,
      categoryRef: { select: { name: true } },
    },
  });
  if (!report) throw new DomainError("not_found", "citizen.not_found", { code: trackingCode });
  return report;
}

/** The finding the reporter follows: theirs, or the original it was cancelled as a duplicate of. */
async function followedFinding(db: PrismaClient | Tx, findingId: string | null) {
  if (!findingId) return null;
  const select = {
    id: true,
    duplicateOfId: true,
    task: { select: { id: true, status: true, closedAt: true } },
  } as const;
  const finding = await db.finding.findUnique({ where: { id: findingId }, select });
  if (finding?.duplicateOfId && finding.task?.status === "cancelled") {
    return db.finding.findUnique({ where: { id: finding.duplicateOfId }, select });
  }
  return finding;
}

/** The fix's photos: the finding's "after" photos, the last submission's, the last verification's. */
async function afterPhotoIds(db: PrismaClient | Tx, findingId: string, taskId: string) {
  const [own, submission, verification] = await Promise.all([
    db.findingPhoto.findMany({
      where: { findingId, kind: "after" },
      select: { photoId: true },
      orderBy: { photoId: "asc" },
    }),
    db.progressUpdate.findFirst({
      where: { taskId, kind: "submission", photos: { some: {} } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { photos: { select: { photoId: true }, orderBy: { photoId: "asc" } } },
    }),
    db.verification.findFirst({
      where: { taskId, result: "passed", photos: { some: {} } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { photos: { select: { photoId: true }, orderBy: { photoId: "asc" } } },
    }),
  ]);
  const ids = [
    ...own.map((p) => p.photoId),
    ...(submission?.photos ?? []).map((p) => p.photoId),
    ...(verification?.photos ?? []).map((p) => p.photoId),
  ];
  return [...new Set(ids)].slice(0, AFTER_PHOTOS_MAX);
}

async function statusOf(db: PrismaClient | Tx, trackingCode: string) {
  const report = await loadReport(db, trackingCode);
  const finding =
    report.status === "received" || report.status === "rejected"
      ? null
      : await followedFinding(db, report.findingId);
  const stage = publicReportStage(report, finding?.task?.status ?? null);
  const answer =
    finding && stage === "closed"
      ? await db.findingSatisfaction.findUnique({
          where: { reportId_findingId: { reportId: report.id, findingId: finding.id } },
          select: { answer: true },
        })
      : null;
  const photos =
    stage === "closed" && finding?.task ? await afterPhotoIds(db, finding.id, finding.task.id) : [];
  const status: PublicReportStatus = {
    trackingCode: report.trackingCode,
    stage,
    categoryName: report.categoryRef.name,
    description: report.description,
    receivedAt: report.receivedAt,
    rejectReason: report.status === "rejected" ? report.rejectReason : null,
    closedAt: stage === "closed" ? (finding?.task?.closedAt ?? null) : null,
    afterPhotoIds: photos,
    canAnswer: answerRefusal(stage, answer !== null) === null,
    answer: answer?.answer ?? null,
  };
  return { report, finding, status };
}

export async function readReportStatus(
  ctx: AnonymousServiceContext,
  input: { trackingCode: string },
): Promise<PublicReportStatus> {
  return (await statusOf(ctx.prisma, input.trackingCode)).status;
}

/**
 * 解决了吗? once the finding closed. "Not fixed" sends the report back to the triage queue with
 * the reporter's note (FixMyStreet's reopen); both answers are kept per finding.
 */
export async function answerReport(
  ctx: AnonymousServiceContext,
  input: { trackingCode: string; answer: SatisfactionAnswer; note?: string | undefined },
): Promise<PublicReportStatus> {
  await ctx.prisma.$transaction(async (tx) => {
    const { report, finding, status } = await statusOf(tx, input.trackingCode);
    const refusal = answerRefusal(status.stage, status.answer !== null);
    if (refusal || !finding) throw refusal ?? new DomainError("conflict", "citizen.not_closed");
    const note = input.note?.trim() || null;
    await tx.findingSatisfaction.create({
      data: {
        findingId: finding.id,
        reportId: report.id,
        answer: input.answer,
        note,
        answeredAt: ctx.now,
      },
      select: { id: true },
    });
    if (input.answer === "not_fixed") {
      await tx.citizenReport.update({
        where: { id: report.id },
        data: { status: "received", reopenNote: note ?? "", reopenedAt: ctx.now },
        select: { id: true },
      });
    }
    await recordAudit(
      tx,
      { ...ctx, actor: null },
      {
        entityType: "citizen_report",
        entityId: report.id,
        action: input.answer === "fixed" ? "answer_fixed" : "reopen",
        after: { findingId: finding.id, answer: input.answer },
      },
    );
  });
  return readReportStatus(ctx, input);
}

/** An after photo of this report's closed finding, or null: nothing else is served by code. */
export async function getReportPhoto(
  ctx: AnonymousServiceContext,
  input: { trackingCode: string; photoId: string },
): Promise<{ mimeType: string; bytes: Uint8Array } | null> {
  const found = await statusOf(ctx.prisma, input.trackingCode).catch(() => null);
  if (!found?.status.afterPhotoIds.includes(input.photoId)) return null;
  const photo = await ctx.prisma.photo.findUnique({
    where: { id: input.photoId },
    select: { mimeType: true, content: { select: { bytes: true } } },
  });
  return photo && { mimeType: photo.mimeType, bytes: photo.content.bytes };
}
