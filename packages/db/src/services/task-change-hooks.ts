import type { Actor, EscalationLevel, TaskEdit, WorkflowAction } from "@cw/domain";
import type { Tx } from "./audit.ts";
import { recordVerifiedFieldCheck } from "./field-checks/verified-check.ts";
import { notifyTaskChange } from "./notifications/task-event-notifications.ts";
import type { TaskSnapshot } from "./task-snapshot.ts";

/** Everything that changes a task: a workflow step, an edit, or its creation with the finding. */
export type TaskChangeAction = WorkflowAction | TaskEdit | "create";

/** What a change appended or decided besides the task's own columns, per action. */
export type TaskChangeExtras = Record<WorkflowAction, { reason: string | null }> & {
  create: Record<string, never>;
  set_deadline: { reason: string; deadline: string };
  escalate: { escalationId: string; level: EscalationLevel; noticeText: string };
  post_progress: { progressId: string; note: string; photoIds: string[] };
};

interface TaskChangeBase {
  findingId: string;
  taskId: string;
  /** The task before the change; null when the change created it. */
  before: TaskSnapshot | null;
  /** The task after the change (the same as before for edits that only append records). */
  after: TaskSnapshot;
  /** Who changed it; null for work the server does on its own. */
  actor: Actor | null;
  /** The service context's clock: the instant the audit row carries too. */
  at: Date;
}

/** One committed-together task change, as the after-change hooks receive it. */
export type TaskChangeEvent = {
  [A in TaskChangeAction]: TaskChangeBase & { action: A; extra: TaskChangeExtras[A] };
}[TaskChangeAction];

/**
 * Runs inside the change's transaction, after the task row and its audit event are written: a
 * hook that throws rolls the whole change back. For work that must stay consistent with the
 * task (summary rows, an outbox of notifications), not for slow or outside calls.
 */
export type TaskChangeHook = (tx: Tx, event: TaskChangeEvent) => Promise<void>;

/**
 * The hooks every task change runs, in this order: first the immediate notifications (issue
 * 10), then the passing field check a verified fix records (field-checks/verified-check.ts);
 * later work attaches here with addTaskChangeHook without touching the services that
 * change tasks (changeTask in task-change.ts and the creation of a finding's task).
 */
const hooks: TaskChangeHook[] = [notifyTaskChange, recordVerifiedFieldCheck];

/** Attaches a hook to every task change; returns the function that detaches it. */
export function addTaskChangeHook(hook: TaskChangeHook): () => void {
  hooks.push(hook);
  return () => {
    const i = hooks.indexOf(hook);
    if (i >= 0) hooks.splice(i, 1);
  };
}

/** Called by the task-change path only, once per change, inside its transaction. */
export async function runTaskChangeHooks(tx: Tx, event: TaskChangeEvent): Promise<void> {
  // One after another: a transaction is one connection, which runs one query at a time.
  for (const hook of [...hooks]) await hook(tx, event);
}
