import {
  type Actor,
  availableActionNeeds,
  availableActions,
  availableEdits,
  deadlineCountdown,
  dueSoonCriteria,
  isOverdue,
  type OwnerCandidate,
  ownerRefusal,
  suggestedDispatchUnit,
  type TaskDetail,
  unclaimedCriteria,
  warningLevel,
} from "@cw/domain";
import { fromDateColumn } from "../date-columns.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { EXTENSION_REQUEST_COLUMNS, extensionRequestView } from "./extension-request-view.ts";
import type { ServiceContext } from "./service-context.ts";
import { loadCalendar, loadSettings } from "./settings.ts";
import { loadTaskFor, transitionView } from "./task-access.ts";

/** A photo as the page shows it: the thumbnail in the page, the original behind a click. */
const photoRef = (id: string) => ({
  id,
  url: `/api/photos/${id}`,
  thumbnailUrl: `/api/photos/${id}/thumbnail`,
});
const photoRefs = (rows: { photoId: string }[]) => rows.map((p) => photoRef(p.photoId));

const photoIds = { select: { photoId: true } } as const;

const DETAIL = {
  id: true,
  status: true,
  unitId: true,
  ownerId: true,
  deadline: true,
  dueAt: true,
  assignedAt: true,
  claimedAt: true,
  submittedAt: true,
  submittedById: true,
  closedAt: true,
  resolution: true,
  version: true,
  unit: { select: { id: true, name: true } },
  owner: { select: { id: true, displayName: true } },
  finding: {
    select: {
      id: true,
      code: true,
      inspectionId: true,
      source: true,
      category: true,
      severity: true,
      description: true,
      latitude: true,
      longitude: true,
      foundAt: true,
      reporterId: true,
      standardId: true,
      standard: { select: { code: true, text: true } },
      duplicateOfId: true,
      site: {
        select: {
          id: true,
          name: true,
          address: true,
          siteType: { select: { name: true } },
          responsibleUnit: { select: { id: true, name: true, active: true } },
          contactUser: {
            select: { id: true, displayName: true, role: true, unitId: true, active: true },
          },
        },
      },
      photos: { select: { photoId: true, kind: true } },
    },
  },
  progress: {
    select: { id: true, authorId: true, note: true, kind: true, createdAt: true, photos: photoIds },
    orderBy: { createdAt: "asc" },
  },
  verifications: {
    select: {
      id: true,
      result: true,
      verifierId: true,
      comment: true,
      createdAt: true,
      photos: photoIds,
    },
    orderBy: { createdAt: "asc" },
  },
  escalations: {
    select: { id: true, level: true, noticeText: true, issuedById: true, issuedAt: true },
    orderBy: [{ issuedAt: "asc" }, { taskVersion: "asc" }],
  },
  extensionRequests: {
    select: EXTENSION_REQUEST_COLUMNS,
    orderBy: { requestedAt: "asc" },
  },
  pushedBackFromUnit: { select: { id: true, name: true } },
  pushedBackAt: true,
  pushBackReason: true,
} satisfies Prisma.RectificationTaskSelect;

/** One task with everything a detail screen shows, for an actor allowed to see it. */
export async function getTask(
  ctx: ServiceContext<Actor>,
  input: { findingId: string },
): Promise<TaskDetail> {
  const { prisma, actor, now } = ctx;
  const [access, settings, calendar] = await Promise.all([
    loadTaskFor(prisma, actor, input.findingId),
    loadSettings(prisma),
    loadCalendar(prisma),
  ]);
  const task = await prisma.rectificationTask.findUniqueOrThrow({
    where: { id: access.id },
    select: DETAIL,
  });
  const f = task.finding;
  const timing = { status: task.status, dueAt: task.dueAt, assignedAt: task.assignedAt };
  const latestEscalation = task.escalations.at(-1);
  const forTransition = transitionView(access);
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
    source: f.source,
    category: f.category,
    severity: f.severity,
    description: f.description,
    latitude: f.latitude === null ? null : Number(f.latitude),
    longitude: f.longitude === null ? null : Number(f.longitude),
    foundAt: f.foundAt,
    reporterId: f.reporterId,
    standardId: f.standardId,
    standard: f.standard,
    duplicateOfId: f.duplicateOfId,
    status: task.status,
    unit: task.unit,
    ownerId: task.ownerId,
    owner: task.owner ? { id: task.owner.id, name: task.owner.displayName } : null,
    dispatchSuggestion: availableActions(forTransition, actor).includes("dispatch")
      ? dispatchSuggestion(f.site, task.pushedBackFromUnit?.id ?? null)
      : null,
    deadline: fromDateColumn(task.deadline),
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
    countdown: deadlineCountdown(
      { ...timing, deadline: fromDateColumn(task.deadline) },
      now,
      calendar,
    ),
    availableActions: availableActions(forTransition, actor),
    actionNeeds: availableActionNeeds(forTransition, actor, settings),
    availableEdits: availableEdits({ status: task.status, unitId: task.unitId }, actor),
    photos: f.photos.map((p) => ({ ...photoRef(p.photoId), kind: p.kind })),
    evidence: evidenceOf(f.photos, task.progress),
    progress: task.progress.map((p) => ({ ...p, photos: photoRefs(p.photos) })),
    verifications: task.verifications.map((v) => ({ ...v, photos: photoRefs(v.photos) })),
    escalations: task.escalations,
    extensionRequests: task.extensionRequests.map(extensionRequestView),
    pushedBack:
      task.pushedBackFromUnit && task.pushedBackAt
        ? {
            unit: task.pushedBackFromUnit,
            at: task.pushedBackAt,
            reason: task.pushBackReason ?? "",
          }
        : null,
    escalation: latestEscalation
      ? { level: latestEscalation.level, count: task.escalations.length }
      : null,
  };
}

/**
 * Before and after, as the task page and the verification step compare them: before is what
 * the finding recorded; after is a fix on the spot's photo and the unit's latest submission
 * (the evidence a verifier judges — an earlier, returned submission is history, not evidence).
 */
function evidenceOf(
  findingPhotos: { photoId: string; kind: "before" | "after" }[],
  progress: { kind: string; photos: { photoId: string }[] }[],
) {
  const latestSubmission = progress.filter((p) => p.kind === "submission").at(-1);
  return {
    before: photoRefs(findingPhotos.filter((p) => p.kind === "before")),
    after: [
      ...photoRefs(findingPhotos.filter((p) => p.kind === "after")),
      ...photoRefs(latestSubmission?.photos ?? []),
    ],
  };
}

/**
 * What a dispatch form pre-fills: the site's responsible unit and its on-site contact
 * (包保责任人) as owner when the domain lets that person own the unit's tasks.
 */
function dispatchSuggestion(
  site: {
    responsibleUnit: { id: string; name: string; active: boolean };
    contactUser: (OwnerCandidate & { displayName: string }) | null;
  },
  /** The unit that pushed the task back: never suggested again. */
  pushedBackFromUnitId: string | null,
) {
  const unit = suggestedDispatchUnit(site.responsibleUnit, pushedBackFromUnitId);
  const contact = site.contactUser;
  const owner =
    unit && contact && ownerRefusal(contact, unit.id) === null
      ? { id: contact.id, name: contact.displayName }
      : null;
  return { unit: unit ? { id: unit.id, name: unit.name } : null, owner };
}

/** The task's full history from the audit trail, oldest first. */
export async function listTaskHistory(ctx: ServiceContext<Actor>, input: { findingId: string }) {
  const { prisma } = ctx;
  await loadTaskFor(prisma, ctx.actor, input.findingId);
  const events = await prisma.auditEvent.findMany({
    where: { entityType: { in: ["finding", "task"] }, entityId: input.findingId },
    orderBy: { id: "asc" },
    take: 1000,
    select: {
      id: true,
      at: true,
      actorId: true,
      entityType: true,
      entityId: true,
      action: true,
      before: true,
      after: true,
      reason: true,
    },
  });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const users = await prisma.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, displayName: true },
  });
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return events.map((e) => ({
    ...e,
    id: e.id.toString(),
    actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
  }));
}
