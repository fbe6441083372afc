import { z } from "zod";
import { DomainError } from "../errors.ts";
import { idSchema, searchText, textInput } from "../schemas/common.ts";
import {
  assessmentNodeSchema,
  assessmentStandardSchema,
  methodsSchema,
  pointsSchema,
  TEXT_LIMITS,
  treeCodeSchema,
} from "./tree-schemas.ts";
import { PARENT_LEVEL } from "./tree-vocabulary.ts";
import { type NodeLevel, nodeLevelSchema } from "./vocabulary.ts";

// Inputs of the editing procedures. Retired rows are never deleted: findings, field checks and
// materials keep pointing at them, and the audit trail says when and by whom.

const nodeTitle = textInput()
  .trim()
  .min(1, "field.required")
  .max(TEXT_LIMITS.nodeTitle, "field.too_long");
const standardText = textInput()
  .trim()
  .min(1, "field.required")
  .max(TEXT_LIMITS.standardText, "field.too_long");
const siteTypeIds = z
  .array(idSchema)
  .max(200, "field.out_of_range")
  .transform((ids) => [...new Set(ids)]);

export const addAssessmentNodeInputSchema = z.object({
  systemId: idSchema,
  level: nodeLevelSchema,
  /** Null for an item; otherwise a node one level up. */
  parentId: idSchema.nullable(),
  code: treeCodeSchema,
  title: nodeTitle,
});
export type AddAssessmentNodeInput = z.infer<typeof addAssessmentNodeInputSchema>;

export const addAssessmentStandardInputSchema = z.object({
  contentId: idSchema,
  code: treeCodeSchema,
  text: standardText,
  points: pointsSchema,
  methods: methodsSchema,
  /** For field-inspection standards: the site types whose checklists include it. */
  siteTypeIds: siteTypeIds.default([]),
  negativeList: z.boolean().default(false),
});
export type AddAssessmentStandardInput = z.infer<typeof addAssessmentStandardInputSchema>;

export const updateAssessmentNodeInputSchema = z.object({ id: idSchema, title: nodeTitle });
export type UpdateAssessmentNodeInput = z.infer<typeof updateAssessmentNodeInputSchema>;

export const updateAssessmentStandardInputSchema = z.object({
  id: idSchema,
  text: standardText.optional(),
  points: pointsSchema.optional(),
  methods: methodsSchema.optional(),
  siteTypeIds: siteTypeIds.optional(),
  negativeList: z.boolean().optional(),
});
export type UpdateAssessmentStandardInput = z.infer<typeof updateAssessmentStandardInputSchema>;

export const treeEntitySchema = z.enum(["node", "standard"]);
export type TreeEntity = z.infer<typeof treeEntitySchema>;

export const moveTreeEntryInputSchema = z.object({
  entity: treeEntitySchema,
  id: idSchema,
  /** The new parent: a content for a standard, the node one level up for a node. */
  parentId: idSchema,
  /** Place among the new siblings; by default after the last one. */
  sortOrder: z.number().int().min(0).max(99_999).optional(),
});
export type MoveTreeEntryInput = z.infer<typeof moveTreeEntryInputSchema>;

export const renumberTreeEntryInputSchema = z.object({
  entity: treeEntitySchema,
  id: idSchema,
  code: treeCodeSchema,
});
export type RenumberTreeEntryInput = z.infer<typeof renumberTreeEntryInputSchema>;

export const retireTreeEntryInputSchema = z.object({
  entity: treeEntitySchema,
  id: idSchema,
  reason: searchText(500).optional(),
});
export type RetireTreeEntryInput = z.infer<typeof retireTreeEntryInputSchema>;

export const treeEntryOutputSchema = z.discriminatedUnion("entity", [
  z.object({ entity: z.literal("node"), node: assessmentNodeSchema }),
  z.object({ entity: z.literal("standard"), standard: assessmentStandardSchema }),
]);
export type TreeEntryOutput = z.infer<typeof treeEntryOutputSchema>;

/**
 * Items sit at the top; every other level hangs under the level just above it. Throws unless
 * `parent` (null for none) is exactly that level.
 */
export function assertParentLevel(
  level: NodeLevel | "standard",
  parent: { level: string; code: string } | null,
): void {
  const expected = PARENT_LEVEL[level];
  if ((parent?.level ?? null) === expected) return;
  const key =
    expected === null
      ? "assessment.parent.not_allowed"
      : parent
        ? "assessment.parent.wrong_level"
        : "field.required";
  throw new DomainError("bad_request", key, { code: parent?.code ?? "" }, { parentId: key });
}
