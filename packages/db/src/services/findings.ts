import { randomBytes } from "node:crypto";
import {
  type Actor,
  type CreateFindingInput,
  DomainError,
  type FindingStatus,
  planTransition,
  shanghaiDate,
} from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";
import { recordAudit, type Tx } from "./audit.ts";
import { assertPhotosUsable } from "./photo-refs.ts";
import type { ServiceContext } from "./service-context.ts";
import { TASK_COLUMNS } from "./task-access.ts";
import { runTaskChangeHooks } from "./task-change-hooks.ts";
import { taskSnapshot } from "./task-snapshot.ts";
import type { TaskVersion } from "./task-workflow.ts";

/**
 * Logs a finding with its task in one transaction. The inspector's photos are the finding's
 * photos; a finding fixed on the spot (立行立改) is closed at once through the workflow's own
 * fix_on_spot rule, with its "after" photos — entered once, used as evidence.
 */
export async function createFinding(
  ctx: ServiceContext<Actor>,
  input: CreateFindingInput,
): Promise<TaskVersion & { code: string }> {
  const { prisma, actor } = ctx;
  try {
    return await prisma.$transaction((tx) => createFindingInTx(tx, ctx, input));
  } catch (error) {
    // Two sends of one queued entry raced: the loser answers with the winner's finding.
    if (
      input.clientRef &&
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === "P2002"
    ) {
      const replay = await prisma.$transaction((tx) =>
        replayByClientRef(tx, actor, input.clientRef as string),
      );
      if (replay) return replay;
    }
    throw error;
  }
}

/** The finding a client already created with this key, or null; another user's key is refused. */
async function replayByClientRef(tx: Tx, actor: Actor, clientRef: string) {
  const existing = await tx.finding.findUnique({
    where: { clientRef },
    select: {
      id: true,
      code: true,
      reporterId: true,
      task: { select: { status: true, version: true } },
    },
  });
  if (!existing) return null;
  if (existing.reporterId !== actor.id)
    throw new DomainError("conflict", "error.duplicate", { field: "clientRef" });
  return {
    findingId: existing.id,
    code: existing.code,
    status: existing.task?.status ?? "new",
    version: existing.task?.version ?? 1,
  };
}

/**
 * The body of `createFinding` inside the caller's transaction, for callers that log a finding
 * as part of a larger change (a failed field check) and must commit both or neither.
 */
export async function createFindingInTx(
  tx: Tx,
  ctx: ServiceContext<Actor>,
  input: CreateFindingInput,
): Promise<TaskVersion & { code: string }> {
  const { actor, now } = ctx;
  if (input.clientRef) {
    const replay = await replayByClientRef(tx, actor, input.clientRef);
    if (replay) return replay;
  }
  await assertReferences(tx, input);
  const photoIds = await assertPhotosUsable(tx, actor, input.photoIds);
  const afterIds = await assertPhotosUsable(
    tx,
    actor,
    input.fixedOnSpot?.afterPhotoIds,
    "fixedOnSpot.afterPhotoIds",
  );
  const firstPhoto = photoIds[0]
    ? await tx.photo.findUnique({ where: { id: photoIds[0] }, select: { capturedAt: true } })
    : null;
  const code = `F${shanghaiDate(now).replaceAll("-", "")}-${randomBytes(3).toString("hex").toUpperCase()}`;
  const finding = await tx.finding.create({
    data: {
      code,
      siteId: input.siteId,
      inspectionId: input.inspectionId ?? null,
      source: input.source,
      category: input.category,
      severity: input.severity,
      description: input.description,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      foundAt: input.foundAt ?? firstPhoto?.capturedAt ?? now,
      reporterId: actor.id,
      standardId: input.standardId ?? null,
      clientRef: input.clientRef ?? null,
      photos: {
        create: [
          // A photo given as both is the "after" photo (entered once, used once).
          ...photoIds
            .filter((id) => !afterIds.includes(id))
            .map((photoId) => ({ photoId, kind: "before" as const })),
          ...afterIds.map((photoId) => ({ photoId, kind: "after" as const })),
        ],
      },
    },
  });
  let status: FindingStatus = "new";
  if (input.fixedOnSpot) {
    status = planTransition(
      {
        findingId: finding.id,
        status: "new",
        unitId: null,
        submittedById: null,
        extensionPending: false,
        deadline: null,
      },
      actor,
      { action: "fix_on_spot", photoIds: afterIds },
      { requireEvidencePhoto: true, requireVerificationPhoto: false },
    );
  }
  const task = await tx.rectificationTask.create({
    data: {
      findingId: finding.id,
      status,
      ...(status === "closed" ? { closedAt: now, resolution: "fixed_on_spot" as const } : {}),
    },
    select: TASK_COLUMNS,
  });
  await recordAudit(tx, ctx, {
    entityType: "finding",
    entityId: finding.id,
    action: "create",
    after: finding,
  });
  const action = input.fixedOnSpot ? "fix_on_spot" : "create";
  await recordAudit(tx, ctx, {
    entityType: "task",
    entityId: finding.id,
    action,
    after: taskSnapshot(task),
  });
  // A new task is a task change too: the hooks see it with no "before".
  const base = {
    findingId: finding.id,
    taskId: task.id,
    before: null,
    after: taskSnapshot(task),
    actor,
    at: now,
  };
  await runTaskChangeHooks(
    tx,
    action === "create"
      ? { ...base, action, extra: {} }
      : { ...base, action, extra: { reason: null } },
  );
  return { findingId: finding.id, code, status, version: task.version };
}

async function assertReferences(tx: Tx, input: CreateFindingInput): Promise<void> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const site = await tx.site.findUnique({ where: { id: input.siteId }, select: { active: true } });
  const category = await tx.findingCategory.findUnique({
    where: { code: input.category },
    select: { active: true },
  });
  const inspection = input.inspectionId
    ? await tx.inspection.findUnique({ where: { id: input.inspectionId }, select: { id: true } })
    : { id: "" };
  const fields: Record<string, "error.reference_missing"> = {};
  if (!site?.active) fields.siteId = "error.reference_missing";
  if (!category?.active) fields.category = "error.reference_missing";
  if (!inspection) fields.inspectionId = "error.reference_missing";
  const field = Object.keys(fields)[0];
  if (field) throw new DomainError("bad_request", "error.reference_missing", { field }, fields);
}
