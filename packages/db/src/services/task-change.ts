import type { Actor } from "@cw/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import { recordAudit, type Tx } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";
import { loadTaskFor, TASK_COLUMNS, type TaskRow } from "./task-access.ts";
import {
  runTaskChangeHooks,
  type TaskChangeAction,
  type TaskChangeEvent,
  type TaskChangeExtras,
} from "./task-change-hooks.ts";
import { taskSnapshot } from "./task-snapshot.ts";
import { assertVersion, versionedUpdate } from "./versioned-update.ts";

export type TaskUpdate = Prisma.RectificationTaskUncheckedUpdateManyInput;

export interface TaskChange<A extends TaskChangeAction> {
  action: A;
  findingId: string;
  /** The version the caller read; omitted only by changes that append a record and check none. */
  expectedVersion?: number;
  /** The domain's decision on the task as loaded; throws when the change is not allowed. */
  check: (task: TaskRow) => void;
  /**
   * The change's own records (a verification, an escalation…) and the task columns to set; null
   * when the change only appends records, which leaves the task row and its version as they are.
   */
  apply: (
    tx: Tx,
    task: TaskRow,
  ) => Promise<{ data: TaskUpdate | null; extra: TaskChangeExtras[A] }>;
  /** Kept in the audit trail with the change. */
  reason?: string | null | undefined;
}

/**
 * THE way a task changes — every workflow step and every edit — in one transaction: load the
 * task for the actor, let the domain decide, check the version the caller read, apply the
 * change (versionedUpdate: version-checked update, re-read, audit), then run the after-change
 * hooks (task-change-hooks.ts) with the event, so whatever must follow a task change is
 * committed with it or not at all.
 */
export async function changeTask<A extends TaskChangeAction>(
  ctx: ServiceContext<Actor | null>,
  change: TaskChange<A>,
): Promise<{ task: TaskRow; extra: TaskChangeExtras[A] }> {
  return ctx.prisma.$transaction(async (tx) => {
    const task = await loadTaskFor(tx, ctx.actor, change.findingId);
    change.check(task);
    if (change.expectedVersion !== undefined) {
      assertVersion(task, change.expectedVersion, "error.stale_version");
    }
    const { data, extra } = await change.apply(tx, task);
    const entity = { entityType: "task", entityId: task.findingId, action: change.action };
    let after = task;
    if (data) {
      after = await versionedUpdate(tx, ctx, {
        table: tx.rectificationTask,
        id: task.id,
        // A change that sets columns always names the version it read (checked above).
        expectedVersion: change.expectedVersion ?? task.version,
        data,
        reread: () =>
          tx.rectificationTask.findUniqueOrThrow({ where: { id: task.id }, select: TASK_COLUMNS }),
        staleKey: "error.stale_version",
        audit: {
          ...entity,
          before: taskSnapshot(task),
          after: taskSnapshot,
          reason: change.reason,
        },
      });
    } else {
      await recordAudit(tx, ctx, { ...entity, after: extra, reason: change.reason });
    }
    await runTaskChangeHooks(tx, {
      action: change.action,
      findingId: task.findingId,
      taskId: task.id,
      before: taskSnapshot(task),
      after: taskSnapshot(after),
      actor: ctx.actor,
      at: ctx.now,
      extra,
    } as TaskChangeEvent);
    return { task: after, extra };
  });
}
