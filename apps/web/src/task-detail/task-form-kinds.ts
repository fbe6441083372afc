import {
  escalateInputSchema,
  postProgressInputSchema,
  setDeadlineInputSchema,
  TRANSITIONS,
  transitionInputSchema,
  type WorkflowAction,
} from "@cw/domain";
import type { z } from "zod";

/** What a task form sends: one workflow action, or one of the coordinator's / officer's edits. */
export type TaskFormKind =
  | { type: "transition"; action: WorkflowAction }
  | { type: "setDeadline" }
  | { type: "escalate" }
  | { type: "progress" };

export type FieldName =
  | "unitId"
  | "deadline"
  | "reason"
  | "note"
  | "comment"
  | "photoIds"
  | "duplicateOfId"
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
 * Fields the workflow table demands although the schema lets them be empty (the table, not
 * the schema, knows that returning needs a reason). Read from the table, so the form shows
 * the asterisk; the server checks again and its field errors land on the same fields.
 */
export function demandedFields(kind: TaskFormKind): Set<FieldName> {
  const demanded = new Set<FieldName>();
  if (kind.type !== "transition") return demanded;
  const rule = TRANSITIONS[kind.action];
  if (rule.needsReason) demanded.add("reason");
  if (rule.needsNote) demanded.add("note");
  if (rule.needsUnit) demanded.add("unitId");
  if (rule.needsDuplicateOf) demanded.add("duplicateOfId");
  if (rule.needsPhoto === "always") demanded.add("photoIds");
  return demanded;
}

/** i18n key of the form's title and submit button. */
export function kindKey(kind: TaskFormKind): string {
  return kind.type === "transition"
    ? `taskDetail.action.${kind.action}`
    : `taskDetail.${kind.type}`;
}
