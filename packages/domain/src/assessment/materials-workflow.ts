import { z } from "zod";
import { DomainError } from "../errors.ts";
import type { Actor, Role } from "../roles.ts";
import { type CalendarDate, shanghaiDate } from "../shanghai-time.ts";
import type { MaterialStatus } from "./vocabulary.ts";

/**
 * THE materials review workflow (材料审核): every action, the states it leaves from, the state
 * it reaches, who may take it and what it needs — like the rectification workflow, one table
 * that only `planMaterialTransition` reads.
 */
export const MATERIAL_ACTIONS = [
  "draft", // 起草: not started / returned → drafted
  "submit", // 提交审核: drafted / returned → submitted
  "return", // 退回修改: submitted → returned (comment)
  "approve", // 审核通过: submitted → approved
] as const;
export const materialActionSchema = z.enum(MATERIAL_ACTIONS);
export type MaterialAction = z.infer<typeof materialActionSchema>;

export interface MaterialRule {
  from: readonly MaterialStatus[];
  to: MaterialStatus;
  roles: readonly Role[];
  /** Unit officers act only on their own unit's requirements. */
  ownUnitOnly?: boolean;
  /** There must be something to review: at least one uploaded file. */
  needsFile?: boolean;
  needsComment?: boolean;
  /** The approver must not be the person who submitted (checked on the person). */
  notBySubmitter?: boolean;
}

const PREPARERS = ["unit_officer", "coordinator"] as const satisfies readonly Role[];
const REVIEWERS = ["coordinator"] as const satisfies readonly Role[];

export const MATERIAL_TRANSITIONS: Record<MaterialAction, MaterialRule> = {
  draft: {
    from: ["not_started", "returned"],
    to: "drafted",
    roles: PREPARERS,
    ownUnitOnly: true,
    needsFile: true,
  },
  submit: {
    from: ["drafted", "returned"],
    to: "submitted",
    roles: PREPARERS,
    ownUnitOnly: true,
    needsFile: true,
  },
  return: { from: ["submitted"], to: "returned", roles: REVIEWERS, needsComment: true },
  approve: { from: ["submitted"], to: "approved", roles: REVIEWERS, notBySubmitter: true },
};

/** Files may change only while the unit is still preparing, never under review or after. */
export const MATERIAL_EDITABLE_STATUSES = [
  "not_started",
  "drafted",
  "returned",
] as const satisfies readonly MaterialStatus[];

export interface RequirementForTransition {
  status: MaterialStatus;
  unitId: string | null;
  /** Who made the latest submission (from the review trail), if any. */
  submittedById: string | null;
  fileCount: number;
}

/** Whether this actor may work on the requirement's files and drafts at all. */
export function canPrepareMaterials(
  requirement: { unitId: string | null },
  actor: Pick<Actor, "role" | "unitId">,
): boolean {
  if (actor.role === "coordinator") return true;
  return actor.role === "unit_officer" && requirement.unitId === actor.unitId;
}

/**
 * Why this actor may not take this action on the requirement now, or null: the one check
 * behind planMaterialTransition and availableMaterialActions.
 */
export function materialTransitionRefusal(
  requirement: RequirementForTransition,
  actor: Pick<Actor, "id" | "role" | "unitId">,
  action: MaterialAction,
): DomainError | null {
  const rule = MATERIAL_TRANSITIONS[action];
  if (!rule.roles.includes(actor.role)) return new DomainError("forbidden", "error.forbidden_role");
  if (rule.ownUnitOnly && actor.role === "unit_officer" && requirement.unitId !== actor.unitId) {
    return new DomainError("forbidden", "material.forbidden_unit");
  }
  if (!rule.from.includes(requirement.status)) {
    return new DomainError("conflict", "workflow.illegal_transition", {
      action,
      from: requirement.status,
    });
  }
  if (rule.notBySubmitter && requirement.submittedById === actor.id) {
    return new DomainError("forbidden", "material.approver_is_submitter");
  }
  if (rule.needsFile && requirement.fileCount < 1) {
    return new DomainError(
      "bad_request",
      "material.file_required",
      {},
      { files: "material.file_required" },
    );
  }
  return null;
}

/** Checks one action and returns the status it leads to, or throws the broken rule. */
export function planMaterialTransition(
  requirement: RequirementForTransition,
  actor: Pick<Actor, "id" | "role" | "unitId">,
  request: { action: MaterialAction; comment?: string | undefined },
): MaterialStatus {
  const refused = materialTransitionRefusal(requirement, actor, request.action);
  if (refused) throw refused;
  const rule = MATERIAL_TRANSITIONS[request.action];
  if (rule.needsComment && !request.comment?.trim()) {
    throw new DomainError(
      "bad_request",
      "material.comment_required",
      {},
      { comment: "material.comment_required" },
    );
  }
  return rule.to;
}

/** Actions this actor could take now (for buttons; the server re-checks). */
export function availableMaterialActions(
  requirement: RequirementForTransition,
  actor: Pick<Actor, "id" | "role" | "unitId">,
): MaterialAction[] {
  return MATERIAL_ACTIONS.filter(
    (action) => materialTransitionRefusal(requirement, actor, action) === null,
  );
}

/**
 * Overdue: the due date (the last allowed day, Beijing time) has passed and it is not
 * approved. As data for SQL (translated once in @cw/db's queries/material-filters.ts) and as
 * the predicate below: the same rule.
 */
export interface MaterialOverdueCriteria {
  /** Every status but this one can be overdue. */
  exceptStatus: "approved";
  /** Overdue when dueDate < this day. */
  dueDateBefore: CalendarDate;
}

export function materialOverdueCriteria(now: Date): MaterialOverdueCriteria {
  return { exceptStatus: "approved", dueDateBefore: shanghaiDate(now) };
}

export function isMaterialOverdue(
  requirement: { status: MaterialStatus; dueDate: string | null },
  criteria: MaterialOverdueCriteria,
): boolean {
  return (
    requirement.status !== criteria.exceptStatus &&
    requirement.dueDate !== null &&
    requirement.dueDate < criteria.dueDateBefore
  );
}

/**
 * Why this actor may not add or change files of the requirement now, or null: only those who
 * prepare it, and only while it is still being prepared. The upload route checks it before
 * reading the body and again when storing; the detail says it to the screen (`canUpload`).
 */
export function uploadRefusal(
  requirement: { status: MaterialStatus; unitId: string | null },
  actor: Pick<Actor, "role" | "unitId">,
): DomainError | null {
  if (!canPrepareMaterials(requirement, actor)) {
    return new DomainError("forbidden", "error.forbidden_role");
  }
  if (!(MATERIAL_EDITABLE_STATUSES as readonly string[]).includes(requirement.status)) {
    return new DomainError("conflict", "material.locked", { status: requirement.status });
  }
  return null;
}
