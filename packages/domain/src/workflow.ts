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
  "request_extension", // 申请延期: the unit asks for a later deadline (reason + proposed date)
  "approve_extension", // 同意延期: the deadline moves to the date asked (or one the coordinator sets)
  "refuse_extension", // 不同意延期: the deadline stays (reason)
  "push_back", // 退回（非本单位职责）: the unit says the task is not its own → pushed_back (reason)
] as const;
export const workflowActionSchema = z.enum(WORKFLOW_ACTIONS);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

export interface TransitionRule {
  from: readonly FindingStatus[];
  /** The state it reaches; omitted, the task stays in its state (an extension request). */
  to?: FindingStatus;
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
  /** A date: the deadline the unit proposes. */
  needsDeadline?: boolean;
  /** Whether the task must have an extension request awaiting a decision, or must not. */
  extension?: "pending" | "none_pending";
}

const VERIFIERS = ["inspector", "coordinator"] as const satisfies readonly Role[];
const DISPATCHERS = ["coordinator"] as const satisfies readonly Role[];
const UNIT = ["unit_officer"] as const satisfies readonly Role[];
/** States in which the unit is working on the task and may ask for more time. */
const WORKING = [
  "assigned",
  "in_progress",
  "returned",
  "partly_fixed",
] as const satisfies readonly FindingStatus[];
/** A request made while working stays decidable after the fix is submitted. */
const DECIDABLE = [...WORKING, "submitted"] as const satisfies readonly FindingStatus[];

export const TRANSITIONS: Record<WorkflowAction, TransitionRule> = {
  dispatch: { from: ["new", "pushed_back"], to: "assigned", roles: DISPATCHERS, needsUnit: true },
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
    from: ["new", "assigned", "pushed_back"],
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
  request_extension: {
    from: WORKING,
    roles: UNIT,
    ownUnitOnly: true,
    needsReason: true,
    needsDeadline: true,
    extension: "none_pending",
  },
  approve_extension: { from: DECIDABLE, roles: DISPATCHERS, extension: "pending" },
  refuse_extension: {
    from: DECIDABLE,
    roles: DISPATCHERS,
    needsReason: true,
    extension: "pending",
  },
  push_back: {
    from: ["assigned", "in_progress"],
    to: "pushed_back",
    roles: UNIT,
    ownUnitOnly: true,
    needsReason: true,
  },
};

export interface TaskForTransition {
  findingId: string;
  status: FindingStatus;
  unitId: string | null;
  submittedById: string | null;
  /** The task has an extension request awaiting the coordinator's decision. */
  extensionPending: boolean;
  /** YYYY-MM-DD, or null: what a proposed extension must come after. */
  deadline: string | null;
}

export interface TransitionRequest {
  action: WorkflowAction;
  reason?: string | undefined;
  note?: string | undefined;
  photoIds?: readonly string[] | undefined;
  unitId?: string | undefined;
  duplicateOfId?: string | undefined;
  /** YYYY-MM-DD: the deadline a unit proposes with an extension request. */
  deadline?: string | undefined;
}

export interface PhotoSettings {
  requireEvidencePhoto: boolean;
  requireVerificationPhoto: boolean;
}

/** The input fields an action may demand beyond what its schema requires. */
export const TRANSITION_FIELDS = [
  "reason",
  "note",
  "photoIds",
  "unitId",
  "duplicateOfId",
  "deadline",
] as const;
export type TransitionField = (typeof TRANSITION_FIELDS)[number];

/**
 * The fields this action demands, with the photo demand resolved against the settings. The
 * server checks them (planTransition) and returns them with each available action, so a form
 * marks exactly what will be asked for.
 */
export function actionNeeds(action: WorkflowAction, settings: PhotoSettings): TransitionField[] {
  const rule = TRANSITIONS[action];
  const photo =
    rule.needsPhoto === "always" || (rule.needsPhoto !== undefined && settings[rule.needsPhoto]);
  const needs: Record<TransitionField, boolean> = {
    reason: rule.needsReason === true,
    note: rule.needsNote === true,
    photoIds: photo,
    unitId: rule.needsUnit === true,
    duplicateOfId: rule.needsDuplicateOf === true,
    deadline: rule.needsDeadline === true,
  };
  return TRANSITION_FIELDS.filter((field) => needs[field]);
}

/**
 * Why this actor may not take this action on this task now (role, own unit, state, the
 * verifier is not the submitter), or null. The one check behind planTransition and
 * availableActions, so a button is offered exactly when the server would accept the step.
 */
export function transitionRefusal(
  task: TaskForTransition,
  actor: Actor,
  action: WorkflowAction,
): DomainError | null {
  const rule = TRANSITIONS[action];
  if (!rule.roles.includes(actor.role)) return new DomainError("forbidden", "error.forbidden_role");
  if (rule.ownUnitOnly && actor.role === "unit_officer" && task.unitId !== actor.unitId) {
    return new DomainError("forbidden", "error.forbidden_unit");
  }
  if (!rule.from.includes(task.status)) {
    return new DomainError("conflict", "workflow.illegal_transition", {
      action,
      from: task.status,
    });
  }
  if (rule.extension === "pending" && !task.extensionPending) {
    return new DomainError("conflict", "workflow.no_extension_request");
  }
  if (rule.extension === "none_pending" && task.extensionPending) {
    return new DomainError("conflict", "workflow.extension_pending");
  }
  if (rule.notBySubmitter && task.submittedById === actor.id) {
    return new DomainError("forbidden", "workflow.verifier_is_submitter");
  }
  return null;
}

type TransitionFieldKey =
  | "workflow.reason_required"
  | "workflow.note_required"
  | "workflow.photo_required"
  | "workflow.unit_required"
  | "workflow.same_unit"
  | "workflow.duplicate_of_required"
  | "workflow.duplicate_of_self"
  | "workflow.deadline_required"
  | "workflow.extension_not_later";

const MISSING: Record<TransitionField, TransitionFieldKey> = {
  reason: "workflow.reason_required",
  note: "workflow.note_required",
  photoIds: "workflow.photo_required",
  unitId: "workflow.unit_required",
  duplicateOfId: "workflow.duplicate_of_required",
  deadline: "workflow.deadline_required",
};

/** Whether the request fills a demanded field (text must not be blank, lists not empty). */
function filled(request: TransitionRequest, field: TransitionField): boolean {
  if (field === "photoIds") return (request.photoIds?.length ?? 0) > 0;
  if (field === "reason" || field === "note") return !!request[field]?.trim();
  return !!request[field];
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
  const refused = transitionRefusal(task, actor, request.action);
  if (refused) throw refused;
  const fields: Partial<Record<TransitionField, TransitionFieldKey>> = {};
  for (const field of actionNeeds(request.action, settings)) {
    if (!filled(request, field)) fields[field] = MISSING[field];
  }
  if (request.action === "transfer" && request.unitId && request.unitId === task.unitId) {
    fields.unitId = "workflow.same_unit";
  }
  if (request.duplicateOfId && request.duplicateOfId === task.findingId) {
    fields.duplicateOfId = "workflow.duplicate_of_self";
  }
  if (
    request.action === "request_extension" &&
    request.deadline &&
    task.deadline !== null &&
    request.deadline <= task.deadline
  ) {
    fields.deadline = "workflow.extension_not_later";
  }
  const first = Object.values(fields)[0];
  if (first) throw new DomainError("bad_request", first, {}, fields);
  return TRANSITIONS[request.action].to ?? task.status;
}

/** Actions this actor could take on this task now (for buttons; the server re-checks). */
export function availableActions(task: TaskForTransition, actor: Actor): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => transitionRefusal(task, actor, action) === null);
}

/** Each available action with the fields it demands (for forms: the asterisks). */
export function availableActionNeeds(
  task: TaskForTransition,
  actor: Actor,
  settings: PhotoSettings,
): Partial<Record<WorkflowAction, TransitionField[]>> {
  return Object.fromEntries(
    availableActions(task, actor).map((action) => [action, actionNeeds(action, settings)]),
  );
}
