import { z } from "zod";
import { DomainError } from "./errors.ts";
import type { FindingStatus } from "./finding-status.ts";
import type { Actor, Role } from "./roles.ts";

/**
 * THE rectification workflow (整改流程): every action, the states it leaves from, the state
 * it reaches, who may take it and what it needs. Services call `planTransition`; nothing else
 * decides whether a status may change.
 */
export const WORKFLOW_ACTIONS = [
  "dispatch", // 派发: new → assigned (unit + deadline)
  "claim", // 认领: assigned → in_progress (the officer becomes owner)
  "submit", // 提交整改: in_progress → submitted (note + evidence)
  "close", // 复查通过，销号: submitted → closed
  "return", // 退回: submitted → returned (reason)
  "mark_partly_fixed", // 部分整改: submitted → partly_fixed (reason)
  "resume", // 重新整改: returned / partly_fixed → in_progress
  "reopen", // 回头看重开: closed → assigned (reason)
  "fix_on_spot", // 立行立改: new → closed ("after" photo)
  "cancel_duplicate", // 重复撤销: new / assigned → cancelled (link to original)
  "transfer", // 转办: to another unit (reason)
] as const;
export const workflowActionSchema = z.enum(WORKFLOW_ACTIONS);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

export interface TransitionRule {
  from: readonly FindingStatus[];
  to: FindingStatus;
  roles: readonly Role[];
  /** Only officers of the task's own unit (for unit_officer). */
  ownUnitOnly?: boolean;
  needsReason?: boolean;
  needsNote?: boolean;
  /** "always", or the name of the setting that turns the demand on. */
  needsPhoto?: "always" | "requireEvidencePhoto" | "requireVerificationPhoto";
  needsUnit?: boolean;
  needsDuplicateOf?: boolean;
  /** The verifier must not be the person who submitted the fix. */
  notBySubmitter?: boolean;
}

const VERIFIERS = ["inspector", "coordinator"] as const satisfies readonly Role[];
const DISPATCHERS = ["coordinator"] as const satisfies readonly Role[];
const UNIT = ["unit_officer"] as const satisfies readonly Role[];

export const TRANSITIONS: Record<WorkflowAction, TransitionRule> = {
  dispatch: { from: ["new"], to: "assigned", roles: DISPATCHERS, needsUnit: true },
  claim: { from: ["assigned"], to: "in_progress", roles: UNIT, ownUnitOnly: true },
  submit: {
    from: ["in_progress"],
    to: "submitted",
    roles: UNIT,
    ownUnitOnly: true,
    needsNote: true,
    needsPhoto: "requireEvidencePhoto",
  },
  close: {
    from: ["submitted"],
    to: "closed",
    roles: VERIFIERS,
    notBySubmitter: true,
    needsPhoto: "requireVerificationPhoto",
  },
  return: {
    from: ["submitted"],
    to: "returned",
    roles: VERIFIERS,
    notBySubmitter: true,
    needsReason: true,
  },
  mark_partly_fixed: {
    from: ["submitted"],
    to: "partly_fixed",
    roles: VERIFIERS,
    notBySubmitter: true,
    needsReason: true,
  },
  resume: { from: ["returned", "partly_fixed"], to: "in_progress", roles: UNIT, ownUnitOnly: true },
  reopen: { from: ["closed"], to: "assigned", roles: VERIFIERS, needsReason: true },
  fix_on_spot: { from: ["new"], to: "closed", roles: ["inspector"], needsPhoto: "always" },
  cancel_duplicate: {
    from: ["new", "assigned"],
    to: "cancelled",
    roles: DISPATCHERS,
    needsDuplicateOf: true,
    needsReason: true,
  },
  transfer: {
    from: ["assigned", "in_progress", "returned", "partly_fixed"],
    to: "assigned",
    roles: DISPATCHERS,
    needsUnit: true,
    needsReason: true,
  },
};

export interface TaskForTransition {
  findingId: string;
  status: FindingStatus;
  unitId: string | null;
  submittedById: string | null;
}

export interface TransitionRequest {
  action: WorkflowAction;
  reason?: string | undefined;
  note?: string | undefined;
  photoIds?: readonly string[] | undefined;
  unitId?: string | undefined;
  duplicateOfId?: string | undefined;
}

export interface PhotoSettings {
  requireEvidencePhoto: boolean;
  requireVerificationPhoto: boolean;
}

/**
 * Checks one action against the rules and returns the status it leads to, or throws a
 * DomainError naming the broken rule (and the field to fix, for forms).
 */
export function planTransition(
  task: TaskForTransition,
  actor: Actor,
  request: TransitionRequest,
  settings: PhotoSettings,
): FindingStatus {
  const rule = TRANSITIONS[request.action];
  if (!rule.roles.includes(actor.role)) {
    throw new DomainError("forbidden", "error.forbidden_role");
  }
  if (rule.ownUnitOnly && actor.role === "unit_officer" && task.unitId !== actor.unitId) {
    throw new DomainError("forbidden", "error.forbidden_unit");
  }
  if (!rule.from.includes(task.status)) {
    throw new DomainError("conflict", "workflow.illegal_transition", {
      action: request.action,
      from: task.status,
    });
  }
  if (rule.notBySubmitter && task.submittedById === actor.id) {
    throw new DomainError("forbidden", "workflow.verifier_is_submitter");
  }
  const fields: Record<
    string,
    | "workflow.reason_required"
    | "workflow.note_required"
    | "workflow.photo_required"
    | "workflow.unit_required"
    | "workflow.same_unit"
    | "workflow.duplicate_of_required"
    | "workflow.duplicate_of_self"
  > = {};
  if (rule.needsReason && !request.reason?.trim()) fields.reason = "workflow.reason_required";
  if (rule.needsNote && !request.note?.trim()) fields.note = "workflow.note_required";
  const photoNeeded =
    rule.needsPhoto === "always" || (rule.needsPhoto !== undefined && settings[rule.needsPhoto]);
  if (photoNeeded && !request.photoIds?.length) fields.photoIds = "workflow.photo_required";
  if (rule.needsUnit && !request.unitId) fields.unitId = "workflow.unit_required";
  if (request.action === "transfer" && request.unitId && request.unitId === task.unitId) {
    fields.unitId = "workflow.same_unit";
  }
  if (rule.needsDuplicateOf && !request.duplicateOfId) {
    fields.duplicateOfId = "workflow.duplicate_of_required";
  }
  if (request.duplicateOfId && request.duplicateOfId === task.findingId) {
    fields.duplicateOfId = "workflow.duplicate_of_self";
  }
  const first = Object.values(fields)[0];
  if (first) throw new DomainError("bad_request", first, {}, fields);
  return rule.to;
}

/** Actions this actor could take on this task now (for buttons; the server re-checks). */
export function availableActions(task: TaskForTransition, actor: Actor): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    if (!rule.roles.includes(actor.role) || !rule.from.includes(task.status)) return false;
    if (rule.ownUnitOnly && actor.role === "unit_officer" && task.unitId !== actor.unitId)
      return false;
    return !(rule.notBySubmitter && task.submittedById === actor.id);
  });
}
