import { type Actor, assertDeadlineNotPast, dueAtFor } from "@cw/domain";
import { fromDateColumn, toDateColumn } from "../date-columns.ts";
import type { Tx } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";
import type { TaskRow } from "./task-access.ts";
import type { TaskUpdate } from "./task-change.ts";

/**
 * 申请延期: the request row, and the task's mark that one awaits a decision (the column the
 * queue filters on). The workflow table has already checked that none was pending and that
 * the date is later than the deadline; a date in the past is refused like any deadline.
 */
export async function openExtensionRequest(
  tx: Tx,
  ctx: ServiceContext<Actor>,
  task: TaskRow,
  input: { reason?: string | undefined; deadline?: string | undefined },
): Promise<TaskUpdate> {
  // planTransition demanded both; the schema lets them be absent so the form can mark them.
  const proposed = input.deadline ?? "";
  assertDeadlineNotPast(proposed, ctx.now);
  await tx.extensionRequest.create({
    data: {
      taskId: task.id,
      requestedById: ctx.actor.id,
      requestedAt: ctx.now,
      reason: input.reason ?? "",
      previousDeadline: task.deadline,
      proposedDeadline: toDateColumn(proposed),
    },
    select: { id: true },
  });
  return { extensionRequestedAt: ctx.now };
}

/**
 * The coordinator's decision on the pending request: approved, the deadline moves to the date
 * asked for (or the one the coordinator chose) and the overdue clock with it; refused, it stays.
 */
export async function decideExtensionRequest(
  tx: Tx,
  ctx: ServiceContext<Actor>,
  task: TaskRow,
  decision:
    | { approved: true; deadline?: string | undefined; note?: string | undefined }
    | { approved: false; note?: string | undefined },
): Promise<TaskUpdate> {
  const pending = await tx.extensionRequest.findFirstOrThrow({
    where: { taskId: task.id, status: "pending" },
    select: { id: true, proposedDeadline: true },
    orderBy: { requestedAt: "desc" },
  });
  let granted: Date | null = null;
  if (decision.approved) {
    if (decision.deadline) assertDeadlineNotPast(decision.deadline, ctx.now);
    granted = decision.deadline ? toDateColumn(decision.deadline) : pending.proposedDeadline;
  }
  await tx.extensionRequest.update({
    where: { id: pending.id },
    data: {
      status: decision.approved ? "approved" : "refused",
      decidedById: ctx.actor.id,
      decidedAt: ctx.now,
      decisionNote: decision.note ?? null,
      grantedDeadline: granted,
    },
    select: { id: true },
  });
  if (!granted) return { extensionRequestedAt: null };
  return {
    extensionRequestedAt: null,
    deadline: granted,
    dueAt: dueAtFor(fromDateColumn(granted)),
  };
}

/**
 * A request still pending when the task leaves the unit's hands (closed, cancelled,
 * transferred, pushed back) lapses: nobody is left to decide it for.
 */
export async function lapseExtensionRequest(tx: Tx, task: TaskRow): Promise<TaskUpdate> {
  if (task.extensionRequestedAt === null) return {};
  await tx.extensionRequest.updateMany({
    where: { taskId: task.id, status: "pending" },
    data: { status: "lapsed" },
  });
  return { extensionRequestedAt: null };
}
