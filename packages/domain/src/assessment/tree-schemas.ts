import { z } from "zod";
import type { MessageKey } from "../messages.ts";
import { idSchema, searchText, textInput } from "../schemas/common.ts";
import { methodSchema, nodeLevelSchema, systemKindSchema } from "./vocabulary.ts";

// A system, its nodes and its standards: the one definition of what a valid value is, used by
// the editing procedures and, through checkCode/checkPoints, by the import validator.

/** In the name of every sample system, so a printout cannot pass for the official manual. */
export const SAMPLE_MARK = "（示例）";

export const TEXT_LIMITS = { code: 40, nodeTitle: 200, standardText: 1000, systemName: 100 };
/** The points column is DECIMAL(7, 2). */
export const MAX_POINTS = 99999.99;

/** Official codes look like "Ⅲ-12-3" or "1.2.3": anything without spaces or list separators. */
export const treeCodeSchema = textInput()
  .trim()
  .min(1, "field.required")
  .max(TEXT_LIMITS.code, "field.too_long")
  .regex(/^[^\s,，、;；]+$/, "assessment.code.invalid");

const hasTwoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
export const pointsSchema = z
  .number("assessment.points.invalid")
  .positive("assessment.points.invalid")
  .max(MAX_POINTS, "assessment.points.invalid")
  .refine(hasTwoDecimals, "assessment.points.invalid");

export const methodsSchema = z
  .array(methodSchema)
  .min(1, "field.required")
  .transform((methods) => [...new Set(methods)]);

const firstKey = (result: z.ZodSafeParseResult<unknown>): MessageKey | null =>
  result.success ? null : ((result.error.issues[0]?.message ?? "field.invalid") as MessageKey);

/** The message key of what is wrong with a code, or null. */
export const checkCode = (code: string) => firstKey(treeCodeSchema.safeParse(code));
/** The message key of what is wrong with a number of points, or null. */
export const checkPoints = (points: number) => firstKey(pointsSchema.safeParse(points));

export const editionSchema = z
  .number()
  .int("field.invalid")
  .min(2000, "field.out_of_range")
  .max(2100, "field.out_of_range");
export const systemNameSchema = textInput()
  .trim()
  .min(1, "field.required")
  .max(TEXT_LIMITS.systemName, "field.too_long");

export const assessmentSystemFieldsSchema = z.object({
  kind: systemKindSchema,
  edition: editionSchema,
  name: systemNameSchema,
  /** Sample trees shipped with the product; a city's own trees are never samples. */
  isSample: z.boolean().default(false),
});
export type AssessmentSystemFields = z.infer<typeof assessmentSystemFieldsSchema>;

export const assessmentSystemSchema = z.object({
  id: z.uuid(),
  kind: systemKindSchema,
  edition: z.number().int(),
  name: z.string(),
  isSample: z.boolean(),
  active: z.boolean(),
  /** Standards in use (not retired), and their points without the negative list's deductions. */
  standardCount: z.number().int().nonnegative(),
  totalPoints: z.number(),
  updatedAt: z.date(),
});
export type AssessmentSystemOutput = z.infer<typeof assessmentSystemSchema>;
export const assessmentSystemListSchema = z.array(assessmentSystemSchema);

export const assessmentNodeSchema = z.object({
  id: z.uuid(),
  systemId: z.uuid(),
  parentId: z.uuid().nullable(),
  level: nodeLevelSchema,
  code: z.string(),
  title: z.string(),
  sortOrder: z.number().int(),
  retiredAt: z.date().nullable(),
  retired: z.boolean(),
});
export type AssessmentNodeOutput = z.infer<typeof assessmentNodeSchema>;

export const standardSiteTypeSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
});

export const assessmentStandardSchema = z.object({
  id: z.uuid(),
  systemId: z.uuid(),
  contentId: z.uuid(),
  code: z.string(),
  text: z.string(),
  points: z.number(),
  methods: z.array(methodSchema),
  siteTypes: z.array(standardSiteTypeSchema),
  negativeList: z.boolean(),
  sortOrder: z.number().int(),
  retiredAt: z.date().nullable(),
  retired: z.boolean(),
});
export type AssessmentStandardOutput = z.infer<typeof assessmentStandardSchema>;

export const assessmentTreeSchema = z.object({
  system: assessmentSystemSchema,
  nodes: z.array(assessmentNodeSchema),
  standards: z.array(assessmentStandardSchema),
});
export type AssessmentTreeOutput = z.infer<typeof assessmentTreeSchema>;

/**
 * Filters narrow the standards; nodes are then only the ancestors of what is left, so the
 * tree still reads from item to standard.
 */
export const getAssessmentTreeInputSchema = z.object({
  systemId: idSchema,
  includeRetired: z.boolean().default(true),
  method: methodSchema.optional(),
  siteTypeId: idSchema.optional(),
  negativeList: z.boolean().optional(),
  /** Matches a standard's code or text. */
  text: searchText().optional(),
});
export type GetAssessmentTreeInput = z.infer<typeof getAssessmentTreeInputSchema>;
