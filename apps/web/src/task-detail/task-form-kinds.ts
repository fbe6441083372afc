import {
  escalateInputSchema,
  postProgressInputSchema,
  setDeadlineInputSchema,
  type TransitionField,
  transitionInputSchema,
  type WorkflowAction,
} from "@cw/domain";
import type { z } from "zod";

/**
 * What a task form sends: one workflow action (with the fields the server says it demands,
 * `actionNeeds`), or one of the coordinator's / officer's edits.
 */
export type TaskFormKind =
  | { type: "transition"; action: WorkflowAction; needs: readonly TransitionField[] }
  | { type: "setDeadline" }
  | { type: "escalate" }
  | { type: "progress" };

export type FieldName =
  | "unitId"
  | "ownerId"
  | "deadline"
  | "reason"
  | "note"
  | "comment"
  | "photoIds"
  | "duplicateOfId"
  | "instructions"
  | "level"
  | "noticeText";

// Filled in by the form itself, never typed by the user.
const SYSTEM_FIELDS = new Set(["findingId", "expectedVersion", "action"]);

/** The API's own input schema for this form: the fields shown are exactly the ones it takes. */
export function schemaFor(kind: TaskFormKind): z.ZodObject {
  if (kind.type === "setDeadline") return setDeadlineInputSchema;
  if (kind.type === "escalate") return escalateInputSchema;
  if (kind.type === "progress") return postProgressInputSchema;
  const option = transitionInputSchema.options.find((o) => o.shape.action.value === kind.action);
  if (!option) throw new Error(`no input schema for ${kind.action}`);
  return option as z.ZodObject;
}

export function fieldsFor(kind: TaskFormKind): FieldName[] {
  return Object.keys(schemaFor(kind).shape).filter((k) => !SYSTEM_FIELDS.has(k)) as FieldName[];
}

/**
 * Fields the action demands although the schema lets them be empty (returning needs a reason;
 * submitting needs a photo when the settings say so): the server's answer for this task and
 * user, so the form shows the asterisk; the server checks again and its field errors land on
 * the same fields.
 */
export function demandedFields(kind: TaskFormKind): Set<FieldName> {
  return new Set(kind.type === "transition" ? kind.needs : []);
}

/** i18n key of the form's title and submit button. */
export function kindKey(kind: TaskFormKind): string {
  return kind.type === "transition"
    ? `taskDetail.action.${kind.action}`
    : `taskDetail.${kind.type}`;
}
