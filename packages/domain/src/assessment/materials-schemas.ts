import { z } from "zod";
import {
  calendarDateInput,
  idSchema,
  longText,
  pageInput,
  pageOutput,
  shortText,
} from "../schemas/common.ts";
import { materialActionSchema } from "./materials-workflow.ts";
import { materialStatusSchema } from "./vocabulary.ts";

export const createRequirementInputSchema = z.object({
  standardId: idSchema,
  title: shortText(200),
  description: longText(4000).default(""),
  unitId: idSchema.nullable().default(null),
  dueDate: calendarDateInput.nullable().default(null),
});
export type CreateRequirementInput = z.infer<typeof createRequirementInputSchema>;

/** Only the named fields change; the version guards against overwriting someone's edit. */
export const updateRequirementInputSchema = z.object({
  id: idSchema,
  expectedVersion: z.number().int().min(1),
  title: shortText(200).optional(),
  description: longText(4000).optional(),
  unitId: idSchema.nullable().optional(),
  dueDate: calendarDateInput.nullable().optional(),
});
export type UpdateRequirementInput = z.infer<typeof updateRequirementInputSchema>;

export const requirementVersionInput = z.object({
  id: idSchema,
  expectedVersion: z.number().int().min(1),
});

export const materialTransitionInputSchema = z.object({
  id: idSchema,
  expectedVersion: z.number().int().min(1),
  action: materialActionSchema,
  comment: longText(2000).optional(),
});
export type MaterialTransitionInput = z.infer<typeof materialTransitionInputSchema>;

export const listRequirementsInputSchema = z.object({
  standardId: idSchema.optional(),
  systemId: idSchema.optional(),
  unitId: idSchema.optional(),
  status: z.array(materialStatusSchema).max(5).optional(),
  /** Due date passed and not approved. */
  overdue: z.boolean().optional(),
  ...pageInput,
});
export type ListRequirementsInput = z.infer<typeof listRequirementsInputSchema>;

export const requirementSchema = z.object({
  id: z.uuid(),
  standardId: z.uuid(),
  standardCode: z.string(),
  standardText: z.string(),
  systemId: z.uuid(),
  title: z.string(),
  description: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  /** YYYY-MM-DD, the last day allowed (Beijing time). */
  dueDate: z.string().nullable(),
  status: materialStatusSchema,
  overdue: z.boolean(),
  fileCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.date(),
});
export type RequirementView = z.infer<typeof requirementSchema>;
export const requirementListOutputSchema = pageOutput(requirementSchema);

export const materialFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  byteSize: z.number().int(),
  uploadedById: z.uuid(),
  createdAt: z.date(),
});
export type MaterialFileView = z.infer<typeof materialFileSchema>;

export const requirementDetailSchema = requirementSchema.extend({
  files: z.array(materialFileSchema),
  reviews: z.array(
    z.object({
      action: materialActionSchema,
      comment: z.string(),
      actorId: z.uuid(),
      actorName: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
  availableActions: z.array(materialActionSchema),
  /** Whether this user may add files now (the domain's uploadRefusal, as the upload route checks). */
  canUpload: z.boolean(),
});
export type RequirementDetail = z.infer<typeof requirementDetailSchema>;

export const requirementIdInput = z.object({ id: idSchema });
export const requirementVersionOutputSchema = z.object({
  id: z.uuid(),
  status: materialStatusSchema,
  version: z.number().int(),
});
