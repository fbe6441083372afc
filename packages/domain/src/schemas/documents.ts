import { z } from "zod";
import { documentKindSchema, taskExportPresetSchema } from "../documents/task-export.ts";
import { calendarDateInput, idSchema, longText, shortText } from "./common.ts";
import { listTasksInputSchema } from "./findings.ts";

/** An Excel export of the task list: the list's filters and order (all pages), and a preset. */
export const taskExportInputSchema = listTasksInputSchema
  .omit({ cursor: true, limit: true })
  .extend({ preset: taskExportPresetSchema });
export type TaskExportInput = z.infer<typeof taskExportInputSchema>;

/**
 * A 督查通报 for a period (days found, Beijing), optionally for a set of units.
 * The 文号, issuer and closing paragraph are the coordinator's words, printed as given.
 */
export const supervisionNoticeInputSchema = z
  .object({
    from: calendarDateInput,
    to: calendarDateInput,
    unitIds: z.array(idSchema).max(200).optional(),
    issuer: shortText(60),
    docNumber: shortText(60),
    title: shortText(120),
    closing: longText(4000),
  })
  .refine((f) => f.from <= f.to, { message: "field.period_reversed", path: ["to"] });
export type SupervisionNoticeInput = z.infer<typeof supervisionNoticeInputSchema>;

export const generatedDocumentSchema = z.object({
  id: z.uuid(),
  kind: documentKindSchema,
  title: z.string(),
  fileName: z.string(),
  rowCount: z.number().int(),
  byteSize: z.number().int(),
  createdAt: z.date(),
  createdByName: z.string().nullable(),
  /** Where the browser downloads it (GET, with the session cookie). */
  url: z.string(),
});
export type GeneratedDocumentRow = z.infer<typeof generatedDocumentSchema>;

export const documentListInputSchema = z
  .object({
    kind: documentKindSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });
export const documentListOutputSchema = z.object({ items: z.array(generatedDocumentSchema) });

/** A document just generated: download it from `url`. */
export const generatedFileSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  fileName: z.string(),
});

/**
 * 整改通知书 (rectification notice) or 督办单 (supervision order) for one task or a selection:
 * one notice per responsible unit, each with a reply slip (回执).
 */
export const RECTIFICATION_NOTICE_FORMS = ["rectification_notice", "supervision_order"] as const;
export const rectificationNoticeInputSchema = z.object({
  form: z.enum(RECTIFICATION_NOTICE_FORMS),
  findingIds: z.array(idSchema).min(1, "field.required").max(200),
  issuer: shortText(60),
  docNumber: shortText(60),
  /** Days the unit has to return the reply slip. */
  replyWithinDays: z.number().int().min(1).max(30).default(3),
});
export type RectificationNoticeInput = z.infer<typeof rectificationNoticeInputSchema>;

/** The print view of 整改通知书 / 督办单: the same tasks, read for the browser to lay out. */
export const rectificationNoticeViewInputSchema = rectificationNoticeInputSchema.pick({
  findingIds: true,
});
export const rectificationNoticeViewSchema = z.object({
  units: z.array(
    z.object({
      unitName: z.string(),
      headName: z.string().nullable(),
      tasks: z.array(
        z.object({
          code: z.string(),
          siteName: z.string(),
          address: z.string(),
          category: z.string(),
          description: z.string(),
          foundAt: z.date(),
          deadline: z.string().nullable(),
          standard: z.object({ code: z.string(), text: z.string() }).nullable(),
          photoIds: z.array(z.string()),
        }),
      ),
    }),
  ),
});
export type RectificationNoticeView = z.infer<typeof rectificationNoticeViewSchema>;
