import {
  type Actor,
  availableActionNeeds,
  availableActions,
  availableEdits,
  type CampaignSettings,
  dueSoonCriteria,
  type FindingStatus,
  isOverdue,
  type TaskDetail,
  unclaimedCriteria,
  type WorkingCalendar,
  warningLevel,
} from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { loadTaskFor } from "./task-access.ts";
import { dateColumnToString } from "./task-snapshot.ts";

const photoUrl = (id: string) => `/api/photos/${id}`;
const photoRefs = (rows: { photoId: string }[]) =>
  rows.map((p) => ({ id: p.photoId, url: photoUrl(p.photoId) }));

/** One task with everything a detail screen shows, for an actor allowed to see it. */
export async function readTaskDetail(
  prisma: PrismaClient,
  actor: Actor,
  findingId: string,
  now: Date,
  settings: CampaignSettings,
  calendar: WorkingCalendar,
): Promise<TaskDetail> {
  const access = await loadTaskFor(prisma, actor, findingId);
  const task = await prisma.rectificationTask.findUniqueOrThrow({
    where: { id: access.id },
    include: {
      unit: { select: { id: true, name: true } },
      finding: { include: { site: { include: { siteType: true } }, photos: true } },
      progress: { include: { photos: true }, orderBy: { createdAt: "asc" } },
      verifications: { include: { photos: true }, orderBy: { createdAt: "asc" } },
      escalations: { orderBy: { issuedAt: "asc" } },
    },
  });
  const f = task.finding;
  const status = task.status as FindingStatus;
  const timing = { status, dueAt: task.dueAt, assignedAt: task.assignedAt };
  const forTransition = {
    findingId: f.id,
    status,
    unitId: task.unitId,
    submittedById: task.submittedById,
  };
  return {
    findingId: f.id,
    taskId: task.id,
    code: f.code,
    site: {
      id: f.site.id,
      name: f.site.name,
      siteTypeName: f.site.siteType.name,
      address: f.site.address,
    },
    inspectionId: f.inspectionId,
    source: f.source as TaskDetail["source"],
    category: f.category,
    severity: f.severity as TaskDetail["severity"],
    description: f.description,
    latitude: f.latitude === null ? null : Number(f.latitude),
    longitude: f.longitude === null ? null : Number(f.longitude),
    foundAt: f.foundAt,
    reporterId: f.reporterId,
    standardId: f.standardId,
    duplicateOfId: f.duplicateOfId,
    status,
    unit: task.unit,
    ownerId: task.ownerId,
    deadline: dateColumnToString(task.deadline),
    dueAt: task.dueAt,
    assignedAt: task.assignedAt,
    claimedAt: task.claimedAt,
    submittedAt: task.submittedAt,
    submittedById: task.submittedById,
    closedAt: task.closedAt,
    resolution: task.resolution,
    version: task.version,
    overdue: isOverdue(timing, now),
    warning: warningLevel(
      timing,
      now,
      dueSoonCriteria(now, calendar, settings.dueSoonWorkingDays),
      unclaimedCriteria(now, settings.unclaimedAfterHours),
    ),
    availableActions: availableActions(forTransition, actor),
    actionNeeds: availableActionNeeds(forTransition, actor, settings),
    availableEdits: availableEdits({ status, unitId: task.unitId }, actor),
    photos: f.photos.map((p) => ({ id: p.photoId, url: photoUrl(p.photoId), kind: p.kind })),
    progress: task.progress.map((p) => ({
      id: p.id,
      authorId: p.authorId,
      note: p.note,
      kind: p.kind,
      createdAt: p.createdAt,
      photos: photoRefs(p.photos),
    })),
    verifications: task.verifications.map((v) => ({
      id: v.id,
      result: v.result,
      verifierId: v.verifierId,
      comment: v.comment,
      createdAt: v.createdAt,
      photos: photoRefs(v.photos),
    })),
    escalations: task.escalations.map((e) => ({
      id: e.id,
      level: e.level as TaskDetail["escalations"][number]["level"],
      noticeText: e.noticeText,
      issuedById: e.issuedById,
      issuedAt: e.issuedAt,
    })),
  };
}

/** The task's full history from the audit trail, oldest first. */
export async function readTaskHistory(prisma: PrismaClient, actor: Actor, findingId: string) {
  await loadTaskFor(prisma, actor, findingId);
  const events = await prisma.auditEvent.findMany({
    where: { entityType: { in: ["finding", "task"] }, entityId: findingId },
    orderBy: { id: "asc" },
    take: 1000,
  });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const users = await prisma.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, displayName: true },
  });
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return events.map((e) => ({
    id: e.id.toString(),
    at: e.at,
    actorId: e.actorId,
    actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
    entityType: e.entityType,
    entityId: e.entityId,
    action: e.action,
    before: e.before,
    after: e.after,
    reason: e.reason,
  }));
}
