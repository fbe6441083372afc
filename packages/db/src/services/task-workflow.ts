import {
  type Actor,
  type FindingStatus,
  planTransition,
  type TransitionInput,
  type TransitionRequest,
} from "@cw/domain";
import type { ServiceContext } from "./service-context.ts";
import { loadCalendar, loadSettings } from "./settings.ts";
import { transitionView } from "./task-access.ts";
import { changeTask } from "./task-change.ts";
import { applyActionEffects } from "./task-changes.ts";

export interface TaskVersion {
  findingId: string;
  status: FindingStatus;
  version: number;
}

/** The parts of an action's input the workflow table looks at. */
function transitionRequest(input: TransitionInput): TransitionRequest {
  return {
    action: input.action,
    reason: "reason" in input ? input.reason : undefined,
    note: "note" in input ? input.note : undefined,
    photoIds: "photoIds" in input ? input.photoIds : undefined,
    unitId: "unitId" in input ? input.unitId : undefined,
    duplicateOfId: "duplicateOfId" in input ? input.duplicateOfId : undefined,
    // Only a request's date is a demand of the workflow; a dispatch's or an approval's is a choice.
    deadline: input.action === "request_extension" ? input.deadline : undefined,
  };
}

/**
 * Moves a task through the workflow: the domain decides whether the action is allowed (with
 * the photo settings), its effects are applied, and the change lands through changeTask only
 * if nobody changed the task since the caller read it.
 */
export async function transitionTask(
  ctx: ServiceContext<Actor>,
  input: TransitionInput,
): Promise<TaskVersion> {
  const [settings, calendar] = await Promise.all([
    loadSettings(ctx.prisma),
    loadCalendar(ctx.prisma),
  ]);
  const reason = "reason" in input ? (input.reason ?? null) : null;
  let to: FindingStatus = "new";
  const { task } = await changeTask(ctx, {
    action: input.action,
    findingId: input.findingId,
    expectedVersion: input.expectedVersion,
    check: (task) => {
      to = planTransition(transitionView(task), ctx.actor, transitionRequest(input), settings);
    },
    apply: async (tx, task) => {
      const effects = await applyActionEffects({ tx, ctx, task, input, calendar });
      return { data: { ...effects, status: to }, extra: { reason } };
    },
    reason,
  });
  return { findingId: task.findingId, status: task.status as FindingStatus, version: task.version };
}
